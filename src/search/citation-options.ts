/**
 * The pieces every citation answer is built from: the option a reader can follow, how an edition
 * writes a paragraph number, its chapters, and the lookup of a paragraph in the ranges our sources
 * give. Pure: runs in the browser.
 */
import type { ChapterEntry, CitationEntry, CitationIndex, SectionEntry } from './citation-index.ts';
import type { ParsedCitation } from './citation-parse.ts';

export interface CitationOption {
  /** What the option says, e.g. "Working Together 2010, para 5.82 – The initial child protection conference". */
  label: string;
  url: string;
  edition: string;
  /** Why it is offered, shown under it ("The chapter the number names", "Holds the topic"). */
  why?: string;
}

/** What the reader is told was understood, e.g. "Working Together 2010, chapter 4". */
interface Understood { understood?: string }

export type CitationResult = Understood & (
  | { kind: 'found'; option: CitationOption; note?: string }
  | { kind: 'choose'; message: string; options: CitationOption[] }
  | { kind: 'not-found'; message: string; options: CitationOption[] });

export type Edition = CitationIndex['editions'][number];

/** "2015", "2015 and 2013", "2015, 2013 and 2010". */
export const listOf = (items: string[]): string => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

/** The edition's contents page as an option. */
export const contents = (e: Edition, why = 'Contents of the edition'): CitationOption => ({ label: `${e.title}: contents`, url: e.url ?? '', edition: e.id, why });

/** A chapter by its number, or an appendix by its number or letter ("Appendix 5", "Appendix B"). */
export function chapterByKey(e: Edition, key: string, appendix = false): ChapterEntry | undefined {
  const list = chaptersOf(e);
  if (appendix) return list.find((c) => c.l.toLowerCase() === `appendix ${key.toLowerCase()}`);
  return list.find((c) => c.k === key && /^chapter /i.test(c.l)) ?? list.find((c) => c.k === key);
}

/** A section's address: its anchor on its chapter's page. */
export const sectionUrl = (e: Edition, s: SectionEntry): string => (s[1].startsWith('#') ? `${chaptersOf(e).find((c) => c.k === s[2])?.u ?? e.url}${s[1]}` : s[1]);

export const chapterEntryOption = (e: Edition, c: ChapterEntry, why?: string, lead = ''): CitationOption => ({ label: `${e.title}, ${lead}${c.t}`, url: c.u, edition: e.id, ...(why ? { why } : {}) });

export function written(e: Edition, chapter: string | null, n: number): string {
  if (e.scheme === 'chapter-dot-paragraph') return `para ${chapter}.${n}`;
  if (e.scheme === 'per-chapter') return chapter ? `chapter ${chapter}, paragraph ${n}` : `paragraph ${n}`;
  return `paragraph ${n}`;
}

export function rangeText(e: Edition, [ch, a, b]: [string | null, number, number]): string {
  const one = (n: number) => (e.scheme === 'chapter-dot-paragraph' ? `${ch}.${n}` : String(n));
  return a === b ? one(a) : `${one(a)}–${one(b)}`;
}

export const option = (e: Edition, entry: CitationEntry, lead: string): CitationOption => ({
  label: `${e.title}, ${lead} – ${entry.t}${entry.k === 's' ? ` (${entry.c})` : ''}`,
  url: entry.u,
  edition: e.id,
  why: entry.k === 's' ? 'The section whose paragraphs hold the number' : entry.k === 'o' ? 'The official paragraph' : 'The provision with that number',
});
export const chaptersOf = (e: Edition) => e.chapters ?? [];
export const chapterOption = (e: Edition, k: string, lead = ''): CitationOption[] =>
  chaptersOf(e).filter((c) => c.k === k).map((c) => ({ label: `${e.title}, ${lead}${c.t}`, url: c.u, edition: e.id, why: 'The chapter' }));
export const chapterList = (e: Edition): CitationOption[] => {
  const list = chaptersOf(e).map((c) => ({ label: `${e.title}, ${c.t}`, url: c.u, edition: e.id, why: `A part of ${e.title}` }));
  return list.length ? list : [{ label: `${e.title}: contents`, url: e.url ?? '', edition: e.id, why: 'Contents of the edition' }];
};

/** The chapter key a citation points at under an edition's scheme, or undefined if it cannot apply. */
export function chapterKey(e: Edition, c: ParsedCitation): string | null | undefined {
  if (e.scheme === 'continuous') return c.dotted ? undefined : null;
  if (e.scheme === 'none') return undefined;
  return c.chapter;
}

export function lookup(e: Edition, c: ParsedCitation, ch = chapterKey(e, c)): CitationOption | null {
  if (c.paragraph === null || ch === undefined || (ch === null && e.scheme !== 'continuous')) return null;
  const n = c.paragraph;
  const holds = (entry: CitationEntry) => entry.r.some(([rc, a, b]) => rc === ch && n >= a && n <= b);
  const span = (entry: CitationEntry) => entry.r.reduce((s, [, a, b]) => s + b - a, 0);
  // The exact official paragraph where imported, then our provision, then its section.
  const rank = { o: 0, p: 1, s: 2 } as const;
  const hits = e.entries.filter(holds).sort((x, y) => rank[x.k] - rank[y.k] || span(x) - span(y));
  if (!hits.length) return null;
  const best = hits[0];
  const lead = best.k !== 's' ? written(e, ch, n) : `${written(e, ch, n)} (in paras ${rangeText(e, best.r[0])})`;
  return option(e, best, lead);
}

/** The places nearest the cited number in an edition (same chapter first), for "did you mean". */
export function nearest(e: Edition, c: ParsedCitation, count = 3): CitationOption[] {
  const ch = chapterKey(e, c) ?? null;
  const n = c.paragraph ?? 0;
  const distance = (entry: CitationEntry) =>
    Math.min(...entry.r.map(([rc, a, b]) => (rc === ch ? 0 : 10_000) + (n < a ? a - n : n > b ? n - b : 0)));
  return e.entries
    .filter((x) => x.k === 's' && (ch === null || x.r.some(([rc]) => rc === ch)))
    .sort((x, y) => distance(x) - distance(y))
    .slice(0, count)
    .map((x) => option(e, x, `paras ${rangeText(e, x.r[0])}`));
}
