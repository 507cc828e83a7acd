/**
 * Text similarity for alignment. Two kinds of evidence, each as TF-IDF vectors compared by cosine
 * through an inverted index (fast for thousands of paragraphs):
 * - words: the words that carry meaning (common words dropped, plurals folded). Two documents on
 *   the same subject share most of their words, so this alone cannot tell related from unrelated;
 * - phrases: every run of three words. Rewording keeps most of a paragraph's phrases; unrelated
 *   paragraphs share only stock phrases ("within 15 working days"), which occur in many paragraphs
 *   and so weigh little. This is what tells a counterpart from a paragraph on the same subject.
 * Containment (how much of one text is inside another, weighted by rarity) finds splits and merges.
 */

const STOP = new Set('a an and are as at be by for from has have in is it its of on or that the their this to was were will with which who whom should must may can not no any all each other'.split(' '));

const tokens = (text: string) => text.replace(/\[\^\d+\]/g, ' ').toLowerCase().match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [];

/** The words of a text that carry meaning, lower-cased, with a plural "s" folded. */
export function words(text: string): string[] {
  return tokens(text).filter((w) => !STOP.has(w)).map((w) => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

/** Every run of three words of a text (all words, common ones included); a shorter text is one phrase. */
export function phrases(text: string): string[] {
  const t = tokens(text);
  if (t.length < 3) return t.length ? [t.join(' ')] : [];
  return Array.from({ length: t.length - 2 }, (_, i) => `${t[i]} ${t[i + 1]} ${t[i + 2]}`);
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
  /** The share of a's rarity-weighted distinct terms that b also has (1: a is wholly inside b). */
  containment(a: string[], b: Set<string>): number {
    let all = 0, shared = 0;
    for (const w of new Set(a)) { const x = this.idf(w); all += x; if (b.has(w)) shared += x; }
    return all ? shared / all : 0;
  }
}

/** Cosine of two unit vectors. */
export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [w, x] of small) s += x * (large.get(w) ?? 0);
  return s;
}

/**
 * The nearest targets of every query by cosine, via postings: query index -> [target index, score][]
 * best first. For ranking candidates only (score pairs with cosine()): a term found in more than a
 * fifth of a large set of targets says little and is skipped, which keeps this fast.
 */
export function nearest(queries: Vector[], targets: Vector[], keep = 5): [number, number][][] {
  const postings = new Map<string, { ids: number[]; xs: number[] }>();
  targets.forEach((v, i) => { for (const [w, x] of v) { let p = postings.get(w); if (!p) postings.set(w, (p = { ids: [], xs: [] })); p.ids.push(i); p.xs.push(x); } });
  const common = Math.max(50, targets.length / 5);
  const scores = new Float64Array(targets.length);
  const touched: number[] = [];
  return queries.map((q) => {
    for (const [w, x] of q) {
      const p = postings.get(w);
      if (!p || p.ids.length > common) continue;
      for (let k = 0; k < p.ids.length; k++) { const i = p.ids[k]; if (scores[i] === 0) touched.push(i); scores[i] += x * p.xs[k]; }
    }
    const best: [number, number][] = [];
    for (const i of touched) {
      const s = scores[i];
      scores[i] = 0;
      if (best.length < keep || s > best[best.length - 1][1]) {
        let k = Math.min(best.length, keep - 1);
        while (k > 0 && best[k - 1][1] < s) k--;
        best.splice(k, 0, [i, s]);
        if (best.length > keep) best.pop();
      }
    }
    touched.length = 0;
    return best;
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
