/**
 * Where words given with a citation (a chapter's title, a topic) fit in an edition: each chapter by
 * its title, each section by its heading and its provisions' titles, scored by citation-match.ts.
 * Acronyms an edition's glossary spells out are read as their words ("SCR" -> serious case review).
 * Pure: runs in the browser.
 */
import type { ChapterEntry, CitationIndex, SectionEntry } from './citation-index.ts';
import { contentWords, rarity, similarity, stem, type Rarity } from './citation-match.ts';
import type { Edition } from './citation-options.ts';

export interface TopicPlace {
  edition: Edition;
  chapter: ChapterEntry;
  /** The section that holds it, when a section fits better than the chapter's title. */
  section?: SectionEntry;
  /** 0 to 1 (see citation-match.ts STRONG and WEAK). */
  score: number;
}

/** A chapter's title without its label: "Chapter 4: Training ..." -> "Training ...". */
export const titleOf = (c: ChapterEntry): string => c.t.replace(/^(?:chapter|appendix)\s+\w+\s*[:–-]\s*/i, '');

interface Prepared {
  weight: Rarity;
  acronyms: Map<string, string[]>;
  /** Shorthand phrases, longest first, and what each means. */
  shorthand: [RegExp, string][];
  /** Stems of each chapter's title, and of each section's heading and topic. */
  titles: Map<ChapterEntry, string[]>;
  sections: Map<SectionEntry, [string[], string[]]>;
  /** Every stem of a chapter's sections, headings and topics together. */
  pools: Map<ChapterEntry, string[]>;
  /** Places already scored, by edition and words. */
  scored: Map<string, TopicPlace[]>;
}

const memo = new WeakMap<CitationIndex, Prepared>();

function prepared(index: CitationIndex): Prepared {
  const hit = memo.get(index);
  if (!hit) {
    const titles = new Map<ChapterEntry, string[]>(index.editions.flatMap((e) => e.chapters.map((c): [ChapterEntry, string[]] => [c, contentWords(titleOf(c))])));
    const sections = new Map<SectionEntry, [string[], string[]]>(index.editions.flatMap((e) => (e.sections ?? []).map((s): [SectionEntry, [string[], string[]]] => [s, [contentWords(s[0]), s[3].split(' ').filter(Boolean)]])));
    const docs = [...titles.values(), ...[...sections.values()].map(([h, t]) => [...h, ...t])];
    const acronyms = new Map<string, string[]>();
    for (const e of index.editions) for (const [term, acronym] of e.glossary?.terms ?? []) if (acronym) acronyms.set(acronym.toLowerCase(), contentWords(term));
    const pools = new Map<ChapterEntry, string[]>(index.editions.flatMap((e) => e.chapters.map((c): [ChapterEntry, string[]] => [c, [...new Set((e.sections ?? []).filter((x) => x[2] === c.k).flatMap((x) => sections.get(x)!.flat()))]])));
    const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const shorthand = (index.shorthand ?? []).flatMap(([forms, means]) => forms.map((f): [string, string] => [f, means])).sort((a, b) => b[0].length - a[0].length)
      .map(([f, means]): [RegExp, string] => [new RegExp(`(?<![\\p{L}])${escape(f.toLowerCase())}s?(?![\\p{L}])`, 'giu'), means]);
    const made: Prepared = { weight: rarity(docs), acronyms, shorthand, titles, sections, pools, scored: new Map() };
    memo.set(index, made);
    return made;
  }
  return hit;
}

/** Words that say what is done with a topic, not what it is ("managing allegations", "the process for"). */
const GENERIC = new Set(['manag', 'deal', 'handl', 'respond', 'procedur', 'process', 'guid', 'approach', 'requirement', 'duty', 'duti', 'role', 'responsibility', 'responsibiliti', 'detail', 'overview', 'introduction']);

/** The words of a title or topic as stems, acronyms spelled out; words of what is done dropped when others remain. */
export function queryWords(index: CitationIndex, words: string[]): string[] {
  const { acronyms, shorthand } = prepared(index);
  let text = ` ${words.join(' ').toLowerCase()} `;
  for (const [re, means] of shorthand) text = text.replace(re, ` ${means} `);
  const all = text.split(/\s+/).filter(Boolean).flatMap((w) => acronyms.get(w) ?? contentWords(w)).filter(Boolean);
  const specific = all.filter((w) => !GENERIC.has(w));
  return specific.length ? specific : all;
}

/** How well a chapter's own title fits the words. */
export function titleScore(index: CitationIndex, c: ChapterEntry, q: string[]): number {
  const p = prepared(index);
  return similarity(q, p.titles.get(c) ?? contentWords(titleOf(c)), [], p.weight);
}

/** Every chapter and section of an edition that the words fit, best first. */
export function placesFor(index: CitationIndex, e: Edition, q: string[]): TopicPlace[] {
  if (!q.length) return [];
  const p = prepared(index);
  const key = `${e.id}|${q.join(' ')}`;
  const known = p.scored.get(key);
  if (known) return known;
  const out: TopicPlace[] = [];
  for (const chapter of e.chapters) {
    // A chapter is its title, and, a little less, everything its sections hold.
    const whole = similarity(q, p.titles.get(chapter) ?? [], p.pools.get(chapter) ?? [], p.weight) * 0.93;
    out.push({ edition: e, chapter, score: Math.max(titleScore(index, chapter, q), whole) });
    for (const s of (e.sections ?? []).filter((x) => x[2] === chapter.k)) {
      const [heading, topic] = p.sections.get(s) ?? [contentWords(s[0]), s[3].split(' ')];
      out.push({ edition: e, chapter, section: s, score: similarity(q, heading, topic, p.weight) * 0.95 });
    }
  }
  out.sort((a, b) => b.score - a.score);
  p.scored.set(key, out);
  return out;
}

/** The best fit in a chapter (its title or one of its sections). */
export function chapterFit(index: CitationIndex, e: Edition, c: ChapterEntry, q: string[]): number {
  return Math.max(0, ...placesFor(index, e, q).filter((p) => p.chapter === c).map((p) => p.score));
}

/** Stems of the words, for comparing a glossary term with the words a citation gives. */
export const stems = (text: string): string[] => (text.toLowerCase().match(/\p{L}+/gu) ?? []).map(stem);
