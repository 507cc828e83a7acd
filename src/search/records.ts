/**
 * One search record per provision, so every result opens the provision's own anchor and can show
 * its edition, chapter, section and official number. Only guidance text is indexed: the section
 * heading, the provision's title, our summary and its structured facts (who holds the duty,
 * must/should/may, its timescale); never navigation or page chrome. Beside them, records of their
 * own kinds for everything else the site states (records-edition.ts, records-features.ts): edition
 * facts, key changes, glossary and crosswalk terms, changes coming into force, revisions under way.
 * Every record carries a "kind" filter (record-kinds.ts).
 */
import { citationFor } from '../model/citations.ts';
import { factsInWords } from '../model/facts.ts';
import type { ProvisionModel, Site } from '../model/types.ts';
import { UNCONFIRMED_LABEL } from '../model/unconfirmed.ts';
import { statusOf } from '../model/confirmation/index.ts';
import { STATUS_LABEL } from '../model/confirmation/words.ts';
import { officialParagraphsOf, pageWords } from '../official/site-official.ts';
import type { ComingIntoForce } from '../schemas/coming-into-force.ts';
import type { RevisionUnderWay } from '../schemas/revision-under-way.ts';
import type { Term } from '../schemas/term.ts';
import { statusWords } from './record-kinds.ts';
import { editionFactRecords, glossaryRecords, keyChangeRecords } from './records-edition.ts';
import { comingIntoForceRecords, revisionRecords, termRecords } from './records-features.ts';
import { localSearchRecords } from './local-records.ts';

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** Labels for the "new or changed" filter; the first covered edition has no lineage to show. */
export function changeLabel(from: string[], change: string | undefined, firstEdition: boolean): string | null {
  if (firstEdition) return null;
  if (from.length === 0) return 'New in this edition';
  if (change === 'changed' || change === 'split' || change === 'merged') return 'Changed';
  if (change === 'reworded' || change === 'moved') return 'Reworded or moved';
  if (change === 'unconfirmed') return UNCONFIRMED_LABEL;
  return 'Unchanged';
}

/**
 * A provision's structured facts as one searchable sentence, e.g. "Who: Local authority.
 * Duty: should. Timescale: within 15 working days." Empty when it states none.
 */
export function factsSentence(site: Site, p: ProvisionModel): string {
  const f = factsInWords(site, p);
  if (!f) return '';
  const parts = [
    f.duty.length ? `Who: ${f.duty.join(', ')}.` : '',
    f.modality ? `Duty: ${f.modality}.` : '',
    f.within || f.every ? `Timescale: ${[f.within, f.every].filter(Boolean).join(', ')}.` : '',
  ];
  return parts.filter(Boolean).join(' ');
}

/** Content beside the editions, validated by its own feature loader; empty where a site has none. */
export interface SiteExtras {
  terms?: Term[];
  coming?: ComingIntoForce[];
  revisions?: RevisionUnderWay[];
}

/**
 * Every record of the site: provisions and official paragraphs, then the edition facts, key changes,
 * glossaries, crosswalk terms, changes coming into force and revisions under way.
 * Record URLs are site-root paths without the base path: Pagefind prefixes its own `baseUrl`
 * (set to the site's base path by the search engine) to every result URL.
 */
export function buildSearchRecords(site: Site, extras: SiteExtras = {}): SearchRecord[] {
  return [
    ...provisionRecords(site),
    ...site.editions.flatMap((e) => [...editionFactRecords(e, site.editions), ...keyChangeRecords(e), ...glossaryRecords(e)]),
    ...termRecords(site, extras.terms ?? []),
    ...comingIntoForceRecords(site, extras.coming ?? []),
    ...revisionRecords(site, extras.revisions ?? []),
  ];
}

/** One record per provision, and one per official paragraph where the official text is imported. */
export function provisionRecords(site: Site): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const edition of site.editions) {
    const status = statusWords(edition.status);
    for (const chapter of edition.chapters) {
      const part = edition.parts.find((p) => p.id === chapter.part);
      const partLabel = chapter.statutory === true ? 'Statutory guidance' : chapter.statutory === false ? 'Non-statutory guidance' : 'Status not stated';
      for (const section of chapter.sections) {
        for (const p of section.provisions) {
          const standing = statusOf(site, p).status;
          const confirmation = standing === 'own' ? null : STATUS_LABEL[standing];
          const change = confirmation ?? changeLabel(p.from, p.change, edition.previous === null);
          records.push({
            url: p.path,
            content: [`${section.heading}. ${p.title}. ${p.text}`, factsSentence(site, p)].filter(Boolean).join(' '),
            language: 'en',
            meta: {
              title: p.title,
              edition: edition.id,
              editionTitle: edition.shortTitle,
              kind: 'Provisions',
              status,
              chapter: chapter.heading,
              section: section.heading,
              number: p.parasLabel ?? '',
              ...(confirmation ? { confirmation, confirmationKind: standing } : {}),
              citation: citationFor(edition, chapter, section, p),
              ...(part ? { part: part.title } : {}),
            },
            filters: {
              kind: ['Provisions'],
              edition: [edition.id],
              chapter: [`${edition.id} ${chapter.label}`],
              part: [partLabel],
              ...(change ? { change: [change] } : {}),
            },
            sort: { edition: edition.id },
          });
        }
      }
      for (const { para, path } of officialParagraphsOf(site, edition.id).filter((x) => x.chapter.slug === chapter.slug))
        records.push({
          url: path,
          content: [para.headings.at(-1) ?? '', para.text.replace(/\[\^\d+\]/g, '')].filter(Boolean).join(' '),
          language: 'en',
          meta: {
            title: `Paragraph ${para.number} (official text)`,
            edition: edition.id,
            editionTitle: edition.shortTitle,
            kind: 'Official text',
            status,
            chapter: chapter.heading,
            section: para.headings.at(-1) ?? chapter.heading,
            number: para.number,
            citation: `${edition.shortTitle}, paragraph ${para.number}, ${pageWords(para)}`,
          },
          filters: { kind: ['Official text'], edition: [edition.id], chapter: [`${edition.id} ${chapter.label}`], part: ['Official text'] },
          sort: { edition: edition.id },
        });
    }
  }
  // A local layer's notes, contacts and documents (none without a layer).
  records.push(...localSearchRecords(site));
  return records;
}
