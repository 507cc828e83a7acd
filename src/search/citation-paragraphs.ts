/**
 * Paragraph citations: the provision or section whose official range holds the number; for a
 * number no source places, what is known (the chapter, where placed numbers either side of it lie
 * in one chapter), never a made-up place, and the official publication to read it in.
 * Pure: runs in the browser.
 */
import type { CitationEntry } from './citation-index.ts';
import type { ParsedCitation } from './citation-parse.ts';
import { chapterKey, chapterList, chapterOption, chaptersOf, lookup, nearest, rangeText, written, type CitationOption, type CitationResult, type Edition } from './citation-options.ts';

/** The official publication, to read a paragraph we cannot place. */
export const officialOption = (e: Edition): CitationOption[] =>
  e.official ? [{ label: `${e.title}: the official publication (opens GOV.UK or The National Archives)`, url: e.official, edition: e.id, why: 'The official text' }] : [];

/** A paragraph number with no chapter, in an edition numbered per chapter: one candidate per chapter. */
function perChapterCandidates(e: Edition, c: ParsedCitation): CitationResult {
  const n = c.paragraph!;
  const numbered = chaptersOf(e).filter((ch) => /^\d+$/.test(ch.k));
  const options = numbered.map((ch) => lookup(e, c, ch.k) ?? { label: `${e.title}, ${written(e, ch.k, n)} – somewhere in ${ch.t}`, url: ch.u, edition: e.id, why: `If you mean chapter ${ch.k}` });
  const list = numbered.map((ch) => ch.k).join(', ');
  return {
    kind: 'choose',
    message: `${e.title} numbers its paragraphs from 1 again in each chapter, so there is a paragraph ${n} in each of chapters ${list}. Which chapter?`,
    options: options.length ? options : chapterList(e),
  };
}

/** In an edition numbered in one run: the chapter(s) the placed numbers either side of n put it in. */
function between(e: Edition, n: number, cited: string | null): CitationResult | null {
  const placed = e.entries.flatMap((x: CitationEntry) => x.r.filter(([rc]) => rc === null).map(([, a, b]) => ({ a, b, x })));
  if (!placed.length) return null;
  const below = placed.filter((p) => p.b < n).sort((p, q) => q.b - p.b)[0];
  const above = placed.filter((p) => p.a > n).sort((p, q) => p.a - q.a)[0];
  const chapterOf = (x?: CitationEntry) => chaptersOf(e).find((ch) => ch.l === x?.c);
  const lo = chapterOf(below?.x);
  const hi = chapterOf(above?.x);
  const near = (p: typeof below, side: string): CitationOption[] => (p ? [{ label: `${e.title}, ${p.a === p.b ? 'paragraph' : 'paragraphs'} ${rangeText(e, [null, p.a, p.b])} – ${p.x.t} (${p.x.c})`, url: p.x.u, edition: e.id, why: `The nearest placed paragraphs ${side}` }] : []);
  const cannot = `None of our sources places paragraph ${n} of ${e.title}`;
  if (lo && hi && lo === hi)
    return {
      kind: 'choose',
      message: `${cannot} exactly, but paragraphs ${below!.b} and ${above!.a} are both in ${lo.l.toLowerCase()}, so it is in ${lo.l.toLowerCase()} (${lo.t.replace(/^[^:]*:\s*/, '')}).${e.official ? ' Read it in the official text:' : ''}`,
      options: [{ label: `${e.title}, ${lo.t}`, url: lo.u, edition: e.id, why: 'The chapter that holds it' }, ...officialOption(e), ...near(below, 'before'), ...near(above, 'after')],
    };
  const keys = chaptersOf(e).map((ch) => ch.k);
  const from = lo ? keys.indexOf(lo.k) : 0;
  const to = hi ? keys.indexOf(hi.k) : keys.length - 1;
  const span = chaptersOf(e).slice(from, to + 1).filter((ch) => /^(?:chapter|appendix)/i.test(ch.l));
  const where = span.length === 1 ? span[0].l.toLowerCase() : `${span[0]?.l.toLowerCase()} to ${span.at(-1)?.l.toLowerCase()}`;
  const bounds = [below && `paragraph ${below.b} is in ${lo?.l.toLowerCase()}`, above && `paragraph ${above.a} is in ${hi?.l.toLowerCase()}`].filter(Boolean).join(' and ');
  // A chapter the citation names, where the numbers either side allow it, comes first.
  const named = cited ? span.find((ch) => ch.k === cited) : undefined;
  const fits = cited ? (named ? ` You cite chapter ${cited}, which fits.` : ` You cite chapter ${cited}, which the numbers either side rule out; check the citation.`) : '';
  const chapters = named ? [named, ...span.filter((ch) => ch !== named)] : span;
  return {
    kind: 'not-found',
    message: `${cannot}: ${bounds}, so it is somewhere in ${where}.${fits}${e.official ? ' Read it in the official text:' : ''}`,
    options: [...(named ? [{ label: `${e.title}, ${named.t}`, url: named.u, edition: e.id, why: 'The cited chapter' }] : []), ...officialOption(e), ...chapters.filter((ch) => ch !== named).map((ch) => ({ label: `${e.title}, ${ch.t}`, url: ch.u, edition: e.id, why: 'A chapter it may be in' })), ...near(below, 'before'), ...near(above, 'after')],
  };
}

/** The best place for a paragraph we cannot place exactly, and what is and is not known about it. */
function fallback(e: Edition, c: ParsedCitation): CitationResult {
  const n = c.paragraph!;
  if (e.scheme === 'continuous' && c.dotted) {
    const ch = chapterOption(e, c.chapter ?? '', 'perhaps ');
    return {
      kind: 'not-found',
      message: `${e.title} numbers its paragraphs in one run through the whole document (1, 2, 3 …), not chapter by chapter, so it has no paragraph ${c.chapter}.${n}.${ch.length ? ` If you meant chapter ${c.chapter}, it comes first below, then the other chapters.` : ' Its chapters:'}`,
      options: [...ch, ...chapterList(e).filter((o) => !ch.some((x) => x.url === o.url))],
    };
  }
  if (e.scheme === 'continuous') {
    const placed = between(e, n, c.chapter);
    if (placed) return placed;
  }
  const ch = chapterKey(e, c);
  const missing = `${e.title} has no ${written(e, ch ?? c.chapter, n)}`;
  if (ch && !chaptersOf(e).some((x) => x.k === ch) && chaptersOf(e).length)
    return { kind: 'not-found', message: `${e.title} has no chapter ${ch}. Its chapters:`, options: chapterList(e) };
  const near = nearest(e, c).map((o) => ({ ...o, why: 'A nearby paragraph we can place' }));
  if (ch) {
    const where = chaptersOf(e).find((x) => x.k === ch)?.t ?? `chapter ${ch}`;
    const top = Math.max(0, ...e.entries.flatMap((x) => x.r.filter(([rc]) => rc === ch).map(([, , b]) => b)));
    const chapter = chapterOption(e, ch).map((o) => ({ ...o, why: 'The chapter' }));
    if (near.length && n > top)
      return { kind: 'not-found', message: `${missing}: the last paragraph of ${where.split(':')[0]} our sources give is ${rangeText(e, [ch, top, top])}. Nearest paragraphs we can place:`, options: [...near, ...chapter] };
    const known = near.length ? 'the sections of the chapter whose numbers we know do not hold it' : 'none of our sources gives the paragraph numbers of its sections';
    return { kind: 'not-found', message: `We cannot place ${written(e, ch, n)} of ${e.title} exactly: ${known}. It is in ${where}.`, options: [...chapter, ...near] };
  }
  if (near.length) return { kind: 'not-found', message: `${missing}. Nearest paragraphs we can place:`, options: near };
  const read = e.official ? 'Read it in the official text, or choose a chapter:' : 'Its chapters:';
  return { kind: 'not-found', message: `We cannot place ${written(e, null, n)} of ${e.title}: none of our sources gives where it falls. ${read}`, options: [...officialOption(e), ...chapterList(e)] };
}

export function resolveParagraph(e: Edition, c: ParsedCitation): CitationResult {
  const hit = lookup(e, c);
  if (hit) return { kind: 'found', option: { ...hit, why: 'The cited paragraph' } };
  if (e.scheme === 'per-chapter' && !c.chapter) return perChapterCandidates(e, c);
  return fallback(e, c);
}
