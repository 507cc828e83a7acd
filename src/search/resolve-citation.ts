/**
 * Turns a parsed citation into where to go: the provision that covers the paragraph, the section
 * whose range holds it, the section(s) on a printed page, or a chapter. A citation it cannot place
 * exactly lands on the best place it knows, with a plain note of what is and is not known; never
 * an empty list. Pure: runs in the browser.
 */
import type { CitationIndex } from './citation-index.ts';
import type { ParsedCitation } from './citation-parse.ts';
import { chapterKey, chapterList, chapterOption, chaptersOf, lookup, nearest, rangeText, written, type CitationResult, type Edition } from './citation-options.ts';
import { resolvePages } from './citation-pages.ts';

export type { CitationOption, CitationResult } from './citation-options.ts';

/** A paragraph number with no chapter, in an edition numbered per chapter: one candidate per chapter. */
function perChapterCandidates(e: Edition, c: ParsedCitation): CitationResult {
  const n = c.paragraph!;
  const numbered = chaptersOf(e).filter((ch) => /^\d+$/.test(ch.k));
  const options = numbered.map((ch) => lookup(e, c, ch.k) ?? { label: `${e.title}, ${written(e, ch.k, n)} – somewhere in ${ch.t}`, url: ch.u, edition: e.id });
  const list = numbered.map((ch) => ch.k).join(', ');
  return {
    kind: 'choose',
    message: `${e.title} numbers its paragraphs from 1 again in each chapter, so there is a paragraph ${n} in each of chapters ${list}. Which chapter?`,
    options: options.length ? options : chapterList(e),
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
  const ch = chapterKey(e, c);
  const missing = `${e.title} has no ${written(e, ch ?? c.chapter, n)}`;
  if (ch && !chaptersOf(e).some((x) => x.k === ch) && chaptersOf(e).length)
    return { kind: 'not-found', message: `${e.title} has no chapter ${ch}. Its chapters:`, options: chapterList(e) };
  const near = nearest(e, c);
  if (ch) {
    const where = chaptersOf(e).find((x) => x.k === ch)?.t ?? `chapter ${ch}`;
    const top = Math.max(0, ...e.entries.flatMap((x) => x.r.filter(([rc]) => rc === ch).map(([, , b]) => b)));
    if (near.length && n > top)
      return { kind: 'not-found', message: `${missing}: the last paragraph of ${where.split(':')[0]} our sources give is ${rangeText(e, [ch, top, top])}. Nearest paragraphs we can place:`, options: [...near, ...chapterOption(e, ch)] };
    const known = near.length ? 'the sections of the chapter whose numbers we know do not hold it' : 'none of our sources gives the paragraph numbers of its sections';
    return { kind: 'not-found', message: `We cannot place ${written(e, ch, n)} of ${e.title} exactly: ${known}. It is in ${where}.`, options: [...chapterOption(e, ch), ...near] };
  }
  if (near.length) return { kind: 'not-found', message: `${missing}. Nearest paragraphs we can place:`, options: near };
  return { kind: 'not-found', message: `We cannot place ${written(e, null, n)} of ${e.title}: none of our sources gives where it falls. Its chapters:`, options: chapterList(e) };
}

function resolveIn(e: Edition, c: ParsedCitation): CitationResult {
  if (c.pages) return resolvePages(e, c);
  if (c.paragraph === null) {
    if (!c.chapter) return { kind: 'found', option: { label: `${e.title}: contents`, url: e.url ?? '', edition: e.id } };
    const ch = chapterOption(e, c.chapter);
    return ch.length ? { kind: 'found', option: ch[0] } : { kind: 'not-found', message: `${e.title} has no chapter ${c.chapter}. Its chapters:`, options: chapterList(e) };
  }
  const hit = lookup(e, c);
  if (hit) return { kind: 'found', option: hit };
  if (e.scheme === 'per-chapter' && !c.chapter) return perChapterCandidates(e, c);
  return fallback(e, c);
}

export function resolveCitation(index: CitationIndex, c: ParsedCitation, scope: string | null): CitationResult {
  const all = index.editions;
  if (c.edition && !all.some((e) => e.id === c.edition)) {
    const options = all.flatMap((e) => (lookup(e, c) ? [lookup(e, c)!] : []));
    return {
      kind: 'not-found',
      message: `This site does not cover a ${c.edition} edition. It covers ${all.map((e) => e.id).join(', ')}.`,
      options: options.length ? options : all.map((e) => ({ label: `${e.title}: contents`, url: e.url ?? '', edition: e.id })),
    };
  }
  const wanted = c.edition ?? scope;
  if (wanted) return resolveIn(all.find((e) => e.id === wanted) ?? all[0], c);
  if (c.pages || c.paragraph === null) {
    const withPages = all.filter((e) => (c.pages ? e.printings?.length : true));
    if (withPages.length === 1) return resolveIn(withPages[0], c);
    return { kind: 'choose', message: `Which edition do you mean? Add its year, e.g. “WT2018 ${c.pages ? `page ${c.pages[0]}` : `chapter ${c.chapter ?? 1}`}”.`, options: all.map((e) => ({ label: `${e.title}: contents`, url: e.url ?? '', edition: e.id })) };
  }
  const found = all.flatMap((e) => (lookup(e, c) ? [lookup(e, c)!] : []));
  if (found.length === 1) return { kind: 'found', option: found[0] };
  if (found.length > 1)
    return { kind: 'choose', message: `Paragraph ${c.chapter ? `${c.chapter}.` : ''}${c.paragraph} exists in several editions. Which one?`, options: found };
  const target = all.find((e) => e.entries.length > 0) ?? all[0];
  return resolveIn(target, c);
}
