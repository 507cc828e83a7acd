/**
 * Turns a parsed citation into where to go: the provision that covers the paragraph, or the
 * section whose range holds it. An unknown or out-of-range citation gets a plain message and the
 * nearest valid places, never an empty list. Pure: runs in the browser.
 */
import type { CitationEntry, CitationIndex } from './citation-index.ts';
import type { ParsedCitation } from './citation-parse.ts';

export interface CitationOption {
  /** What the option says, e.g. "Working Together 2010, para 5.82 – The initial child protection conference". */
  label: string;
  url: string;
  edition: string;
}

export type CitationResult =
  | { kind: 'found'; option: CitationOption }
  | { kind: 'choose'; message: string; options: CitationOption[] }
  | { kind: 'not-found'; message: string; options: CitationOption[] };

type Edition = CitationIndex['editions'][number];

function written(e: Edition, chapter: string | null, n: number): string {
  if (e.scheme === 'chapter-dot-paragraph') return `para ${chapter}.${n}`;
  if (e.scheme === 'per-chapter') return chapter ? `chapter ${chapter}, paragraph ${n}` : `paragraph ${n}`;
  return `paragraph ${n}`;
}

function rangeText(e: Edition, [ch, a, b]: [string | null, number, number]): string {
  const one = (n: number) => (e.scheme === 'chapter-dot-paragraph' ? `${ch}.${n}` : String(n));
  return a === b ? one(a) : `${one(a)}–${one(b)}`;
}

const option = (e: Edition, entry: CitationEntry, lead: string): CitationOption => ({
  label: `${e.title}, ${lead} – ${entry.t}${entry.k === 's' ? ` (${entry.c})` : ''}`,
  url: entry.u,
  edition: e.id,
});

/** The chapter key a citation points at under an edition's scheme, or undefined if it cannot apply. */
function chapterKey(e: Edition, c: ParsedCitation): string | null | undefined {
  if (e.scheme === 'continuous') return c.dotted ? undefined : null;
  if (e.scheme === 'none') return undefined;
  return c.chapter;
}

function lookup(e: Edition, c: ParsedCitation): CitationOption | null {
  const ch = chapterKey(e, c);
  if (ch === undefined || (ch === null && e.scheme !== 'continuous')) return null;
  const holds = (entry: CitationEntry) => entry.r.some(([rc, a, b]) => rc === ch && c.paragraph >= a && c.paragraph <= b);
  const span = (entry: CitationEntry) => entry.r.reduce((s, [, a, b]) => s + b - a, 0);
  const hits = e.entries.filter(holds).sort((x, y) => (x.k === y.k ? span(x) - span(y) : x.k === 'p' ? -1 : 1));
  if (!hits.length) return null;
  const best = hits[0];
  const lead = best.k === 'p' ? written(e, ch, c.paragraph) : `${written(e, ch, c.paragraph)} (in paras ${rangeText(e, best.r[0])})`;
  return option(e, best, lead);
}

/** The places nearest the cited number in an edition (same chapter first), for "did you mean". */
function nearest(e: Edition, c: ParsedCitation, count = 3): CitationOption[] {
  const ch = chapterKey(e, c) ?? null;
  const distance = (entry: CitationEntry) =>
    Math.min(...entry.r.map(([rc, a, b]) => (rc === ch ? 0 : 10_000) + (c.paragraph < a ? a - c.paragraph : c.paragraph > b ? c.paragraph - b : 0)));
  return e.entries
    .filter((x) => x.k === 's')
    .sort((x, y) => distance(x) - distance(y))
    .slice(0, count)
    .map((x) => option(e, x, `paras ${rangeText(e, x.r[0])}`));
}

export function resolveCitation(index: CitationIndex, c: ParsedCitation, scope: string | null): CitationResult {
  const all = index.editions;
  if (c.edition && !all.some((e) => e.id === c.edition)) {
    const options = all.flatMap((e) => (lookup(e, c) ? [lookup(e, c)!] : []));
    return {
      kind: 'not-found',
      message: `This site does not cover a ${c.edition} edition. It covers ${all.map((e) => e.id).join(', ')}.`,
      options: options.length ? options : all.map((e) => ({ label: `${e.title}: contents`, url: '', edition: e.id })),
    };
  }
  const wanted = c.edition ?? scope;
  const candidates = wanted ? all.filter((e) => e.id === wanted) : all;
  const found = candidates.flatMap((e) => (lookup(e, c) ? [lookup(e, c)!] : []));
  if (found.length === 1) return { kind: 'found', option: found[0] };
  if (found.length > 1)
    return { kind: 'choose', message: `Paragraph ${c.chapter ? `${c.chapter}.` : ''}${c.paragraph} exists in several editions. Which one?`, options: found };
  const target = candidates.find((e) => e.entries.length > 0) ?? all.find((e) => e.entries.length > 0)!;
  const where = `${target.title} has no ${written(target, chapterKey(target, c) ?? c.chapter, c.paragraph)}${target.entries.length ? '' : ' that we know of'}.`;
  const known = target.entries.length
    ? ' Nearest paragraphs we can place:'
    : ' We have no paragraph numbers for it from our sources.';
  return { kind: 'not-found', message: where + known, options: nearest(target, c) };
}
