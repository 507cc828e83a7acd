/**
 * Search records for what the site says about each edition as a whole, each at the page and
 * anchor where it is shown: its dates and status, how it came about (background, consultation),
 * amendments, transitional arrangements and related documents (the edition page), its key changes
 * (the key-changes page: the summary, the at-a-glance points, one record per chapter) and its
 * glossary (one record per term). Dates are written out as the pages show them ("9 December
 * 2020"), so a reader who types a month and year finds them.
 */
import { formatDate } from '../model/dates.ts';
import { glossaryAnchor } from '../model/glossary-anchor.ts';
import type { EditionModel } from '../model/types.ts';
import type { RecordKind } from './record-kinds.ts';
import { statusWords } from './record-kinds.ts';
import type { SearchRecord } from './records.ts';

export interface FactRecordInput {
  url: string;
  kind: RecordKind;
  title: string;
  content: string;
  /** The page it is on, shown beside the result (e.g. "Glossary"). */
  page: string;
  /** The heading it sits under on that page. */
  section: string;
  /** The edition it belongs to, if one. */
  edition?: EditionModel;
  /** Every edition it concerns (defaults to its own); drives the edition filter. */
  editions?: string[];
  chapter?: string;
}

/** A record of one fact (or one group of facts) shown somewhere other than a provision. */
export function factRecord(r: FactRecordInput): SearchRecord {
  const editions = r.editions ?? (r.edition ? [r.edition.id] : []);
  return {
    url: r.url,
    content: `${r.section}. ${r.title}. ${r.content}`,
    language: 'en',
    meta: {
      title: r.title,
      kind: r.kind,
      edition: r.edition?.id ?? '',
      editionTitle: r.edition?.shortTitle ?? (editions.length ? `Working Together ${editions.join(', ')}` : ''),
      status: r.edition ? statusWords(r.edition.status) : '',
      chapter: r.page,
      section: r.section,
      number: '',
    },
    filters: { kind: [r.kind], ...(editions.length ? { edition: editions } : {}), ...(r.chapter && r.edition ? { chapter: [`${r.edition.id} ${r.chapter}`] } : {}) },
    sort: { edition: r.edition?.id ?? editions.at(-1) ?? '' },
  };
}

const dated = (f: { date?: string; what: string }) => (f.date ? `${formatDate(f.date)}: ${f.what}` : f.what);

/** The edition page's facts: dates and status, background, amendments, transitional arrangements, related documents. */
export function editionFactRecords(edition: EditionModel, all: EditionModel[]): SearchRecord[] {
  const base = { kind: 'Edition facts' as const, edition, page: 'About the edition' };
  const successor = all.find((e) => e.id === edition.supersededBy);
  const dates = [
    `${edition.title}${edition.subtitle ? `: ${edition.subtitle}` : ''}.`,
    `Published ${formatDate(edition.published)}.`,
    `In force from ${formatDate(edition.inForce)}${edition.inForceNote ? ` (${edition.inForceNote})` : ''}.`,
    `${statusWords(edition.status)}${successor ? `, replaced by ${successor.shortTitle} (in force from ${formatDate(successor.inForce)})` : ''}.`,
    `It replaced ${edition.replaced.map((r) => `${r.title} (${r.year})`).join('; ')}.`,
    `Official publication: ${edition.publication.title}, ${edition.publication.publisher}${edition.publication.reference ? `, ${edition.publication.reference}` : ''}.`,
    edition.numbering.note,
  ];
  const records = [factRecord({ ...base, url: edition.path, title: `${edition.shortTitle}: publication, dates and status`, section: 'Dates and status', content: dates.join(' ') })];
  const groups: [string, string, { date?: string; what: string }[]][] = [
    ['background', 'How this edition came about', edition.background],
    ['amendments', 'Amendments after publication', edition.amendments],
    ['transitional', 'Transitional arrangements', edition.transitional],
  ];
  for (const [anchor, heading, facts] of groups)
    if (facts.length)
      records.push(factRecord({ ...base, url: `${edition.path}#${anchor}`, title: `${heading}: ${edition.shortTitle}`, section: heading, content: facts.map(dated).join(' ') }));
  if (edition.relatedDocuments.length)
    records.push(factRecord({
      ...base, url: `${edition.path}#related`, title: `Related documents: ${edition.shortTitle}`, section: 'Related documents',
      content: edition.relatedDocuments.map((d) => `${d.title} (${d.status}): ${d.what}`).join(' '),
    }));
  return records;
}

/** The key-changes page: its summary, the points at a glance, and one record per chapter. */
export function keyChangeRecords(edition: EditionModel): SearchRecord[] {
  const k = edition.keyChanges;
  if (!k) return [];
  const url = `${edition.path}key-changes/`;
  const base = { kind: 'Key changes' as const, edition, page: 'Key changes' };
  const from = edition.replaced[0];
  const records = [factRecord({ ...base, url, title: `Key changes in ${edition.shortTitle} from ${from.year}`, section: 'Summary', content: k.summary })];
  if (k.atAGlance.length)
    records.push(factRecord({ ...base, url: `${url}#at-a-glance`, title: `${edition.shortTitle} at a glance`, section: 'At a glance', content: k.atAGlance.map((c) => c.text).join(' ') }));
  for (const ch of k.chapters) {
    const chapter = edition.chapters.find((c) => c.slug === ch.chapter);
    if (!chapter) continue;
    records.push(factRecord({
      ...base, url: `${url}#kc-${ch.chapter}`, title: `What changed in ${chapter.label} (${edition.id})`, section: chapter.heading,
      chapter: chapter.label, content: ch.changes.map((c) => c.text).join(' '),
    }));
  }
  return records;
}

/** One record per glossary entry, at its anchor on the edition's glossary page. */
export function glossaryRecords(edition: EditionModel): SearchRecord[] {
  return edition.glossary.map((g) => factRecord({
    kind: 'Glossary', edition, page: 'Glossary', section: 'Glossary and acronyms',
    url: `${edition.path}glossary/#${glossaryAnchor(g)}`,
    title: g.acronym ? `${g.acronym}: ${g.term}` : g.term,
    content: g.meaning,
  }));
}
