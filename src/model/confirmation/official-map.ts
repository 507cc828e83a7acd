/**
 * Which official paragraphs each of our provisions summarises, where the edition's official text
 * is imported, and what that rests on, strongest first:
 * - "reviewed": an entry a person marked reviewed: true in provisions-<edition>.yaml (always wins);
 * - "stated": the paragraph numbers a named source gives the provision (paras="...");
 * - "proposed": the words of our title, summary and section heading matched against the official
 *   paragraphs of the same chapter (src/official/provision-map.ts), kept from LINK_SCORE up.
 * Computed once per edition.
 */
import { officialParagraphs, provisionInputs } from '../../official/align-inputs.ts';
import { proposeProvisionMap } from '../../official/provision-map.ts';
import { getOfficial, officialParagraphsOf, reviewedProvisionMap } from '../../official/site-official.ts';
import { contentRoot } from '../content-root.ts';
import { getEdition } from '../queries.ts';
import type { ProvisionModel, Site } from '../types.ts';
import { paraKey } from './alignment.ts';

export type MapBasis = 'reviewed' | 'stated' | 'proposed';

export interface OfficialParagraphRef {
  /** "2023/chapter-4/4.12" (alignment.ts paraKey). */
  key: string;
  number: string;
  /** Its address on the chapter's official page (no base path). */
  path: string;
  /** Its whole text in one run (lists included), footnote markers dropped. */
  text: string;
}

export interface ProvisionMapping {
  edition: string;
  paragraphs: OfficialParagraphRef[];
  basis: MapBasis;
  /** For a proposal: the lowest similarity among its paragraphs (0 to 1). */
  score?: number;
}

/**
 * The lowest similarity at which a proposed paragraph is shown as a link ("matched by its words").
 * Calibrated on our own lineage (tests/unit/provision-map-scores-are-calibrated-on-our-lineage.test.ts):
 * from 0.3 up, 88% of first proposals are right.
 */
export const LINK_SCORE = 0.3;

const memo = new WeakMap<Site, Map<string, Map<string, ProvisionMapping>>>();

const plain = (p: { text: string }) => p.text.replace(/\[\^\d+\]/g, '').replace(/\s+/g, ' ').trim();

function mapEdition(site: Site, editionId: string, root: string): Map<string, ProvisionMapping> {
  const out = new Map<string, ProvisionMapping>();
  const edition = getEdition(site, editionId);
  const chapters = getOfficial(site, root).chapters.get(editionId);
  if (!edition || !chapters) return out;
  const all = officialParagraphsOf(site, editionId).map((x) => ({ key: paraKey(editionId, x.chapter.slug, x.para.number), number: x.para.number, path: x.path, text: plain(x.para), chapter: x.chapter.slug }));
  // Numbers repeat across chapters under per-chapter numbering: look them up within a chapter.
  const byChapter = new Map<string, Map<string, OfficialParagraphRef>>();
  for (const { chapter, ...ref } of all) {
    const m = byChapter.get(chapter) ?? new Map<string, OfficialParagraphRef>();
    if (!m.has(ref.number)) m.set(ref.number, ref);
    byChapter.set(chapter, m);
  }
  const anywhere = (n: string): OfficialParagraphRef | undefined => { const x = all.find((y) => y.number === n); return x && { key: x.key, number: x.number, path: x.path, text: x.text }; };
  const reviewed = reviewedProvisionMap(editionId, root);
  const inputs = provisionInputs(edition);
  const proposals = new Map(proposeProvisionMap(inputs, officialParagraphs([...chapters.values()])).map((p) => [p.provision, p]));
  for (const input of inputs) {
    const here = byChapter.get(input.chapter);
    const refs = (numbers: string[]) => numbers.flatMap((n) => {
      const hit = here?.get(n) ?? anywhere(n);
      return hit ? [hit] : [];
    });
    const marked = reviewed.get(input.id);
    if (marked) { out.set(input.id, { edition: editionId, paragraphs: refs(marked), basis: 'reviewed' }); continue; }
    const stated = (input.stated ?? []).flatMap((n) => (here?.has(n) ? [here.get(n)!] : []));
    if (stated.length) { out.set(input.id, { edition: editionId, paragraphs: stated, basis: 'stated' }); continue; }
    const proposed = (proposals.get(input.id)?.proposed ?? []).filter((x) => x.score >= LINK_SCORE);
    if (proposed.length) out.set(input.id, { edition: editionId, paragraphs: refs(proposed.map((x) => x.number)), basis: 'proposed', score: Math.min(...proposed.map((x) => x.score)) });
  }
  return out;
}

/** The official paragraphs a provision summarises, or undefined where none are known. */
export function mappingOf(site: Site, p: Pick<ProvisionModel, 'edition' | 'id'>, root = contentRoot()): ProvisionMapping | undefined {
  let bySite = memo.get(site);
  if (!bySite) memo.set(site, (bySite = new Map()));
  let byEdition = bySite.get(p.edition);
  if (!byEdition) bySite.set(p.edition, (byEdition = mapEdition(site, p.edition, root)));
  const m = byEdition.get(p.id);
  return m && m.paragraphs.length ? m : undefined;
}

/** True when an edition has official text imported for the chapter a provision sits in. */
export function hasOfficialChapter(site: Site, p: Pick<ProvisionModel, 'edition' | 'chapter'>, root = contentRoot()): boolean {
  return !!getOfficial(site, root).chapters.get(p.edition)?.has(p.chapter);
}
