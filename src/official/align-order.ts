/**
 * Order evidence for alignment. Confident one-to-one pairs form an anchor chain: the longest run of
 * them that keeps the old order (pairs outside it have moved). Between two consecutive anchors lies
 * a gap of new and old paragraphs whose counterparts, if any, should sit in the same gap and in the
 * same order: there weaker textual evidence is enough.
 */

/** Indices (into seq) of a longest increasing subsequence: pairs outside it moved. */
export function lis(seq: number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = new Array(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    let lo = 0, hi = tails.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (seq[tails[mid]] < seq[i]) lo = mid + 1; else hi = mid; }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i >= 0; i = prev[i]) keep.add(i);
  return keep;
}

/** A one-to-one pair: new index j, old index i. */
export interface Pair { j: number; i: number }

/** The pairs (sorted by j) that keep the old order: the anchor chain. */
export function anchorChain(pairs: Pair[]): Pair[] {
  const sorted = [...pairs].sort((a, b) => a.j - b.j);
  const keep = lis(sorted.map((p) => p.i));
  return sorted.filter((_, k) => keep.has(k));
}

export interface Gap { newFrom: number; newTo: number; oldFrom: number; oldTo: number }

/**
 * The gaps between consecutive anchors (exclusive ranges), the document's ends counting as anchors
 * once there is a chain at all. With no anchor there is no gap: order then proves nothing.
 */
export function gaps(chain: Pair[], newCount: number, oldCount: number): Gap[] {
  if (chain.length === 0) return [];
  const bounds = [{ j: -1, i: -1 }, ...chain, { j: newCount, i: oldCount }];
  return bounds.slice(1).map((b, k) => ({ newFrom: bounds[k].j + 1, newTo: b.j, oldFrom: bounds[k].i + 1, oldTo: b.i }))
    .filter((g) => g.newTo > g.newFrom && g.oldTo > g.oldFrom);
}

/** Whether old index i sits where new index j's neighbours in the chain say it should. */
export function keepsItsPlace(chain: Pair[], j: number, i: number): boolean {
  let before = { j: -1, i: -1 }, after = { j: Infinity, i: Infinity };
  for (const p of chain) {
    if (p.j === j) return p.i === i;
    if (p.j < j) before = p; else { after = p; break; }
  }
  return before.i < i && i < after.i;
}
