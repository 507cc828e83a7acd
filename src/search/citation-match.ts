/**
 * Fuzzy matching of the words a citation gives (a chapter's title, a topic) against titles and
 * topics: words are folded to a simple stem, typos are tolerated (Levenshtein distance, through
 * fastest-levenshtein), a word that starts another counts in part, and rare words weigh more than
 * common ones. Pure: runs in the browser.
 */
import { distance } from 'fastest-levenshtein';

/** Words too common in the guidance's titles to tell one place from another. */
const COMMON = new Set([
  'a', 'an', 'the', 'of', 'and', 'or', 'to', 'in', 'on', 'for', 'with', 'by', 'at', 'from', 'as', 'is', 'are', 'be', 'its', 'their',
  'what', 'who', 'when', 'how', 'which', 'this', 'that', 'into', 'under', 'about', 'other', 'there', 'where', 'all', 'any',
  'child', 'children', 'safeguard', 'safeguarding', 'working', 'together', 'guidance', 'chapter', 'section', 'set', 'out', 'see', 'page',
  'against', 'between', 'within', 'without', 'after', 'before', 'during', 'through', 'across', 'each', 'every', 'more', 'most', 'such',
  'than', 'then', 'also', 'should', 'must', 'may', 'can', 'will', 'would', 'not', 'no', 'our', 'your', 'we', 'you', 'they', 'them',
  'these', 'those', 'has', 'have', 'had', 'was', 'were', 'been', 'being', 'do', 'does', 'did', 'it', 'onto', 'upon', 'via', 'per',
]);

/** A word folded to a rough stem: "reviews" -> "review", "agencies" -> "agency", "managing" -> "manag". */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  if (w.length > 6 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 6 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 5 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** The stems of the words that can tell one place from another. */
export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}[\p{L}'’]*/gu) ?? []).filter((w) => !COMMON.has(w) && w.length > 1).map(stem);
}

/** How well one word matches another: 1 the same stem, less for a typo or a shared start, 0 otherwise. */
export function wordMatch(q: string, t: string): number {
  if (q === t) return 1;
  const shorter = Math.min(q.length, t.length);
  if (shorter >= 4 && (t.startsWith(q) || q.startsWith(t))) return 0.8;
  if (shorter >= 4 && Math.abs(q.length - t.length) <= 2 && (q[0] === t[0] || q[1] === t[1])) {
    const d = distance(q, t);
    if (d === 1) return 0.85;
    if (d === 2 && shorter >= 7) return 0.7;
  }
  return 0;
}

/** How rare each stem is among the places matched against (rarer weighs more). */
export type Rarity = (stem: string) => number;

export function rarity(documents: string[][]): Rarity {
  const df = new Map<string, number>();
  for (const doc of documents) for (const w of new Set(doc)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = documents.length + 1;
  return (w) => Math.log(1 + n / (1 + (df.get(w) ?? 0)));
}

/**
 * How far a place holds the words given, 0 to 1: the weighted share of the given words it holds
 * (each by its best match), nudged by the share of the place's own title the words cover.
 */
export function similarity(query: string[], title: string[], topic: string[] = [], weight: Rarity = () => 1): number {
  if (!query.length) return 0;
  let got = 0;
  let all = 0;
  for (const q of new Set(query)) {
    const w = weight(q);
    all += w;
    let best = 0;
    for (const t of title) if (best < 1) best = Math.max(best, wordMatch(q, t));
    for (const t of topic) if (best < 0.9) best = Math.max(best, wordMatch(q, t) * 0.9);
    got += w * best;
  }
  const recall = got / all;
  const covered = title.length ? title.filter((t) => query.some((q) => wordMatch(q, t) > 0)).length / title.length : 0;
  return Math.min(1, recall * 0.85 + covered * 0.15);
}

/** A match strong enough to act on, and one worth offering. */
export const STRONG = 0.72;
export const WEAK = 0.5;
