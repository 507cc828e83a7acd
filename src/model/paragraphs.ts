/**
 * Official paragraph numbers: parsing, comparing and printing them.
 *
 * Each edition numbers its paragraphs in one of a few schemes (recorded in its edition.yaml):
 * - "chapter-dot-paragraph": 2010 style, "5.82" = chapter 5, paragraph 82;
 * - "per-chapter": numbering restarts in each chapter, a bare "23" is read in its chapter;
 * - "continuous": one run of numbers through the whole document, "123";
 * - "none": the edition has no paragraph numbers (or no source gives them).
 */

export const PARA_SCHEMES = ['chapter-dot-paragraph', 'per-chapter', 'continuous', 'none'] as const;
export type ParaScheme = (typeof PARA_SCHEMES)[number];

/** One official paragraph number, placed in its chapter where the scheme needs that. */
export interface ParaNumber {
  /** The chapter key the number belongs to (chapter number, "appendix-a", ...); null for continuous numbering. */
  chapter: string | null;
  /** The paragraph's number within its chapter (or within the document, for continuous numbering). */
  n: number;
}

/** An inclusive run of paragraphs, e.g. 5.82-5.112. A single paragraph has from === to. */
export interface ParaRange {
  from: ParaNumber;
  to: ParaNumber;
}

const DASH = /\s*[-–—]\s*|\s+to\s+/;

/** Reads one number such as "5.82" or "23"; `chapterKey` places bare numbers under per-chapter numbering. */
export function parseParaNumber(text: string, scheme: ParaScheme, chapterKey: string): ParaNumber | null {
  const t = text.trim();
  if (scheme === 'chapter-dot-paragraph') {
    const m = /^(\d+|[A-Z])\.(\d+)$/.exec(t);
    return m ? { chapter: m[1], n: Number(m[2]) } : null;
  }
  if (scheme === 'per-chapter' || scheme === 'continuous') {
    if (!/^\d+$/.test(t)) return null;
    return { chapter: scheme === 'per-chapter' ? chapterKey : null, n: Number(t) };
  }
  return null;
}

/**
 * Reads a list of ranges: "5.82-5.112", "5.82", "5.82, 5.85-5.86".
 * Returns null when any part does not parse or a range runs backwards.
 */
export function parseParaRanges(text: string, scheme: ParaScheme, chapterKey: string): ParaRange[] | null {
  const parts = text.split(/\s*[,;]\s*/).filter(Boolean);
  if (parts.length === 0) return null;
  const ranges: ParaRange[] = [];
  for (const part of parts) {
    const ends = part.split(DASH);
    if (ends.length > 2) return null;
    const from = parseParaNumber(ends[0], scheme, chapterKey);
    const to = ends.length === 2 ? parseParaNumber(ends[1], scheme, chapterKey) : from;
    if (!from || !to || from.chapter !== to.chapter || to.n < from.n) return null;
    ranges.push({ from, to });
  }
  return ranges;
}

/** True when the paragraph lies in the range. */
export function rangeHolds(range: ParaRange, p: ParaNumber): boolean {
  return range.from.chapter === p.chapter && p.n >= range.from.n && p.n <= range.to.n;
}

/** True when two ranges share at least one paragraph. */
export function rangesOverlap(a: ParaRange, b: ParaRange): boolean {
  return a.from.chapter === b.from.chapter && a.from.n <= b.to.n && b.from.n <= a.to.n;
}

/** True when `inner` lies wholly inside `outer`. */
export function rangeWithin(inner: ParaRange, outer: ParaRange): boolean {
  return rangeHolds(outer, inner.from) && rangeHolds(outer, inner.to);
}

/** Prints a number as the edition writes it: "5.82" for 2010, "23" for per-chapter or continuous schemes. */
export function formatParaNumber(p: ParaNumber, scheme: ParaScheme): string {
  return scheme === 'chapter-dot-paragraph' ? `${p.chapter}.${p.n}` : String(p.n);
}

/** Prints ranges with an en dash: "5.82–5.112", "5.82, 5.85–5.86". */
export function formatParaRanges(ranges: ParaRange[], scheme: ParaScheme): string {
  return ranges
    .map((r) =>
      r.from.n === r.to.n
        ? formatParaNumber(r.from, scheme)
        : `${formatParaNumber(r.from, scheme)}–${formatParaNumber(r.to, scheme)}`,
    )
    .join(', ');
}

/** How many paragraphs the ranges cover (used to prefer the narrowest match). */
export function rangeSpan(ranges: ParaRange[]): number {
  return ranges.reduce((sum, r) => sum + (r.to.n - r.from.n + 1), 0);
}

/** Says why a range failed to parse, in words for the author. */
export function describeRangeProblem(text: string, scheme: ParaScheme, chapterKey: string, example: string): string {
  for (const part of text.split(/\s*[,;]\s*/).filter(Boolean)) {
    const ends = part.split(DASH);
    const [a, b] = ends.map((e) => parseParaNumber(e, scheme, chapterKey));
    if (ends.length === 2 && a && b && a.chapter === b.chapter && b.n < a.n)
      return `"${part}" runs backwards (the first paragraph must come before the last)`;
    if (ends.length === 2 && a && b && a.chapter !== b.chapter) return `"${part}" starts and ends in different chapters`;
  }
  return `it does not parse under the edition's "${scheme}" numbering (e.g. ${example})`;
}
