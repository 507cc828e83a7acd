/**
 * Turns a parsed citation into where to go: the provision that covers the paragraph, the section
 * whose range holds it, the section(s) on a printed page, or a chapter. A citation it cannot place
 * exactly lands on the best place it knows, with a plain note of what is and is not known; never
 * an empty list. Pure: runs in the browser.
 */
import type { CitationEntry, CitationIndex, PageEntry } from './citation-index.ts';
import type { ParsedCitation } from './citation-parse.ts';

export interface CitationOption {
  /** What the option says, e.g. "Working Together 2010, para 5.82 – The initial child protection conference". */
  label: string;
  url: string;
  edition: string;
}

export type CitationResult =
  | { kind: 'found'; option: CitationOption; note?: string }
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
const chaptersOf = (e: Edition) => e.chapters ?? [];
const chapterOption = (e: Edition, k: string, lead = ''): CitationOption[] =>
  chaptersOf(e).filter((c) => c.k === k).map((c) => ({ label: `${e.title}, ${lead}${c.t}`, url: c.u, edition: e.id }));
const chapterList = (e: Edition): CitationOption[] => {
  const list = chaptersOf(e).map((c) => ({ label: `${e.title}, ${c.t}`, url: c.u, edition: e.id }));
  return list.length ? list : [{ label: `${e.title}: contents`, url: e.url ?? '', edition: e.id }];
};

/** The chapter key a citation points at under an edition's scheme, or undefined if it cannot apply. */
function chapterKey(e: Edition, c: ParsedCitation): string | null | undefined {
  if (e.scheme === 'continuous') return c.dotted ? undefined : null;
  if (e.scheme === 'none') return undefined;
  return c.chapter;
}

function lookup(e: Edition, c: ParsedCitation, ch = chapterKey(e, c)): CitationOption | null {
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
function nearest(e: Edition, c: ParsedCitation, count = 3): CitationOption[] {
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

/** What a page or page range holds in each printing a source gives; a plain note where it cannot tell. */
function onPages(e: Edition, c: ParsedCitation): { message: string; sections: PageEntry[]; options: CitationOption[] } {
  const [a, b] = c.pages!;
  const cited = a === b ? `page ${a}` : `pages ${a}–${b}`;
  const all = e.printings ?? [];
  const printings = all.filter((p) => c.printing && p.id.startsWith(c.printing)).concat(all).filter((p, i, l) => l.indexOf(p) === i);
  const p = printings[0];
  if (!p)
    return { message: `No source we hold gives the printed page numbers of ${e.title}, so we cannot tell what is on ${cited}. Its chapters:`, sections: [], options: chapterList(e) };
  const which = `${e.title} (${p.name})`;
  const other = all.length > 1 ? ` Other printings we know: ${all.slice(1).map((x) => x.name).join(', ')}.` : '';
  const differs = c.printing && !p.id.startsWith(c.printing) ? ` You cite the ${c.printing} text; our page numbers are from the ${p.name}, and other printings may differ.` : '';
  const first = p.pages[0];
  const last = p.pages[p.pages.length - 1];
  const toOption = (x: PageEntry): CitationOption => ({ label: `${e.title}, page ${x[0]} (${p.name}) – ${x[1]}`, url: x[2], edition: e.id });
  if (b < first[0])
    return { message: `In ${which}, ${cited} comes before the first section we can place (‘${first[1]}’, page ${first[0]}): the cover and contents.${differs}`, sections: [], options: [{ label: `${e.title}: contents`, url: e.url ?? first[2], edition: e.id }] };
  const within = p.pages.filter((x) => x[0] >= a && x[0] <= b);
  // The section before runs onto the cited page, unless a new chapter (which starts a page) begins there.
  const before = p.pages.filter((x) => x[0] < a && !(within[0]?.[0] === a && within[0][3] !== x[3])).pop();
  const sections = [...(before ? [before] : []), ...within];
  if (a > last[0]) {
    const keys = chaptersOf(e).map((ch) => ch.k);
    const later = chaptersOf(e).filter((ch) => keys.indexOf(ch.k) > keys.indexOf(last[3]));
    return {
      message: `Our page numbers for ${which} stop at page ${last[0]} (‘${last[1]}’); we cannot tell what is on ${cited}. It is in that section or a later chapter:${differs}${other}`,
      sections: [last],
      options: [toOption(last), ...later.map((ch) => ({ label: `${e.title}, ${ch.t}`, url: ch.u, edition: e.id }))],
    };
  }
  return { message: `${cited[0].toUpperCase()}${cited.slice(1)} of ${which} holds:${differs}${other}`, sections, options: sections.map(toOption) };
}

function resolvePages(e: Edition, c: ParsedCitation): CitationResult {
  const r = onPages(e, c);
  const keys = [...new Set(r.sections.map((s) => s[3]))];
  if (c.paragraph !== null && keys.length) {
    // The page tells which chapter a chapter-less paragraph number is in.
    const hits = keys.flatMap((k) => lookup(e, c, e.scheme === 'continuous' ? null : k) ?? []);
    if (hits.length === 1) return { kind: 'found', option: hits[0], note: r.message };
    const where = keys.map((k) => chaptersOf(e).find((ch) => ch.k === k)?.l ?? k).join(' or ');
    return { kind: 'not-found', message: `None of our sources places ${written(e, null, c.paragraph)} of ${e.title} exactly; the page puts it in ${where}. ${r.message}`, options: r.options };
  }
  if (r.sections.length === 1 && r.options.length === 1) return { kind: 'found', option: r.options[0], note: r.message };
  return { kind: r.sections.length ? 'choose' : 'not-found', message: r.message, options: r.options };
}

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
