/**
 * The paragraph ranges a discussion question cites: parsed under the edition's own numbering and
 * checked against the ranges its sections record. A range is known only if every paragraph in it
 * lies within a section's recorded range; the sections it overlaps become its links.
 */
import { formatParaRanges, parseParaRanges, rangeHolds, rangesOverlap, describeRangeProblem, type ParaRange } from '../paragraphs.ts';
import { sectionsOf } from '../queries.ts';
import type { ChapterModel, EditionModel, SectionModel, Site } from '../types.ts';

export interface Refer { edition: string; chapter?: string; paras?: string; section?: string }

export interface RangeView {
  /** "Working Together 2010, paras 5.17–5.37". */
  label: string;
  /** The sections it overlaps, in order; the first is its link. */
  sections: SectionModel[];
  /** Whether it was given as paragraphs or as a section (whose heading the label already names). */
  kind: 'paras' | 'section';
}

export type Resolved = { range: RangeView } | { problem: string; fix: string };

function describe(edition: EditionModel, chapter: ChapterModel | undefined, ranges: ParaRange[]): string {
  const text = formatParaRanges(ranges, edition.numbering.scheme);
  const plural = /[–,]/.test(text);
  const word = edition.numbering.scheme === 'chapter-dot-paragraph' ? (plural ? 'paras' : 'para') : plural ? 'paragraphs' : 'paragraph';
  const where = edition.numbering.scheme === 'per-chapter' && chapter ? `${chapter.label.toLowerCase()}, ` : '';
  return `${edition.shortTitle}, ${where}${word} ${text}`;
}

/** What an edition's sections record for one chapter key, e.g. "5.1–5.161", for messages. */
function spanOf(sections: SectionModel[], chapterKey: string | null, edition: EditionModel): string {
  const ranges = sections.flatMap((s) => s.paras ?? []).filter((r) => r.from.chapter === chapterKey);
  if (!ranges.length) return 'no numbered sections';
  const from = Math.min(...ranges.map((r) => r.from.n));
  const to = Math.max(...ranges.map((r) => r.to.n));
  return formatParaRanges([{ from: { chapter: chapterKey, n: from }, to: { chapter: chapterKey, n: to } }], edition.numbering.scheme);
}

/** A reading given as a section: its chapter and heading (and range, where recorded) name it. */
function resolveSection(edition: EditionModel, id: string): Resolved {
  const section = sectionsOf(edition).find((s) => s.id === id);
  if (!section) return { problem: `${edition.shortTitle} has no section "${id}"`, fix: `use a section id from content/editions/${edition.id}/ (the id in its <Section id="...">)` };
  const chapter = edition.chapters.find((c) => c.slug === section.chapter)!;
  const range = section.parasLabel ? `, ${describe(edition, chapter, section.paras!).replace(`${edition.shortTitle}, `, '')}` : '';
  return { range: { label: `${edition.shortTitle}, ${chapter.label}, ‘${section.heading}’${range}`, sections: [section], kind: 'section' } };
}

export function resolveRange(site: Site, refer: Refer): Resolved {
  const edition = site.editions.find((e) => e.id === refer.edition);
  if (!edition) return { problem: `edition ${refer.edition} does not exist`, fix: `use one of: ${site.editions.map((e) => e.id).join(', ')}` };
  if (refer.section) return resolveSection(edition, refer.section);
  if (refer.paras === undefined) return { problem: 'the reading gives neither paras nor a section', fix: 'add paras: <range> or section: <id>' };
  const scheme = edition.numbering.scheme;
  if (scheme === 'none') return { problem: `${edition.shortTitle} has no paragraph numbers`, fix: 'cite a provision in the path instead' };
  const chapter = refer.chapter ? edition.chapters.find((c) => c.slug === refer.chapter) : undefined;
  if (refer.chapter && !chapter) return { problem: `${edition.shortTitle} has no chapter "${refer.chapter}"`, fix: `use a chapter file name: ${edition.chapters.map((c) => c.slug).join(', ')}` };
  if (scheme === 'per-chapter' && !chapter)
    return { problem: `${edition.shortTitle} numbers paragraphs within each chapter, so the range needs its chapter`, fix: 'add chapter: <chapter file name>, e.g. chapter: chapter-1' };
  const paras = refer.paras;
  const ranges = parseParaRanges(paras, scheme, chapter?.paraKey ?? '');
  if (!ranges) return { problem: describeRangeProblem(paras, scheme, chapter?.paraKey ?? '', edition.numbering.example ?? '').replace(/^it /, 'the range '), fix: `write the range as ${edition.shortTitle} numbers it, e.g. ${edition.numbering.example ?? '12-15'}` };
  const sections = sectionsOf(edition).filter((s) => !chapter || s.chapter === chapter.slug);
  for (const r of ranges)
    for (let n = r.from.n; n <= r.to.n; n++) {
      const p = { chapter: r.from.chapter, n };
      if (!sections.some((s) => s.paras?.some((sr) => rangeHolds(sr, p))))
        return {
          problem: `${describe(edition, chapter, [{ from: p, to: p }]).replace(`${edition.shortTitle}, `, '')} lies outside every section range recorded for ${edition.shortTitle}`,
          fix: `cite paragraphs the content records (${chapter ? chapter.label : 'there'}: ${spanOf(sections, r.from.chapter, edition)}), or check the number`,
        };
    }
  const overlapping = sections.filter((s) => s.paras?.some((sr) => ranges.some((r) => rangesOverlap(sr, r))));
  return { range: { label: describe(edition, chapter, ranges), sections: overlapping, kind: 'paras' } };
}
