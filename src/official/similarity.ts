/**
 * Text similarity for alignment: words (footnote markers and common words dropped, plurals folded),
 * TF-IDF vectors, cosine through an inverted index (fast for thousands of paragraphs), and
 * containment (how much of one text's vocabulary is in another's: splits and merges).
 */

const STOP = new Set('a an and are as at be by for from has have in is it its of on or that the their this to was were will with which who whom should must may can not no any all each other'.split(' '));

/** The words of a text that carry meaning, lower-cased, with a plural "s" folded. */
export function words(text: string): string[] {
  return text.replace(/\[\^\d+\]/g, ' ').toLowerCase().match(/[a-z0-9]+(?:'[a-z]+)?/g)?.filter((w) => !STOP.has(w)).map((w) => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w)) ?? [];
}

/** Text compared for "same": case, spacing and punctuation ignored. */
export const normalised = (text: string) => text.replace(/\[\^\d+\]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

export type Vector = Map<string, number>;

export class Corpus {
  private df = new Map<string, number>();
  private docs = 0;
  constructor(texts: string[][]) {
    for (const t of texts) { this.docs++; for (const w of new Set(t)) this.df.set(w, (this.df.get(w) ?? 0) + 1); }
  }
  idf(w: string): number { return Math.log(1 + (this.docs + 1) / ((this.df.get(w) ?? 0) + 1)); }
  /** A unit-length TF-IDF vector. */
  vector(ws: string[]): Vector {
    const v: Vector = new Map();
    for (const w of ws) v.set(w, (v.get(w) ?? 0) + 1);
    let norm = 0;
    for (const [w, tf] of v) { const x = tf * this.idf(w); v.set(w, x); norm += x * x; }
    norm = Math.sqrt(norm) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    return v;
  }
}

/** Cosine of every target against every query, via postings: query index -> [target index, score][] best first. */
export function nearest(queries: Vector[], targets: Vector[], keep = 5): [number, number][][] {
  const postings = new Map<string, [number, number][]>();
  targets.forEach((v, i) => { for (const [w, x] of v) { let p = postings.get(w); if (!p) postings.set(w, (p = [])); p.push([i, x]); } });
  return queries.map((q) => {
    const scores = new Map<number, number>();
    for (const [w, x] of q) for (const [i, y] of postings.get(w) ?? []) scores.set(i, (scores.get(i) ?? 0) + x * y);
    return [...scores].sort((a, b) => b[1] - a[1]).slice(0, keep);
  });
}

/** The share of a's distinct words that also appear in b (1: a is wholly inside b). */
export function containment(a: string[], b: string[]): number {
  const A = new Set(a);
  if (A.size === 0) return 0;
  const B = new Set(b);
  let n = 0;
  for (const w of A) if (B.has(w)) n++;
  return n / A.size;
}
