/**
 * Proposes, for each official paragraph of a newer edition, its counterpart in the older: same,
 * reworded, changed, moved (out of order against its neighbours), split (one old paragraph became
 * several), merged (several became one), new; and lists old paragraphs removed. From text
 * similarity and order; every proposal carries a word-level diff for a person to check.
 */
import { diffWords } from 'diff';
import { containment, Corpus, nearest, normalised, words } from './similarity.ts';

export interface AlignParagraph { number: string; chapter: string; heading: string; page: number; text: string }

export type AlignKind = 'same' | 'reworded' | 'changed' | 'moved' | 'split' | 'merged' | 'new';

export interface Proposal {
  new: string;
  old: string[];
  kind: AlignKind;
  /** For moved paragraphs: how the wording changed. */
  wording?: 'same' | 'reworded' | 'changed';
  /** The old number differs from the new one. */
  renumbered?: boolean;
  similarity: number;
  /** Word-level diff, old to new: [-removed-] {+added+}. */
  diff?: string;
}

export interface Alignment { proposals: Proposal[]; removed: string[] }

/** Share of words kept both ways at or above which a change is only a rewording. */
const REWORDED = 0.7;
const MATCH = 0.35;
const PART = 0.6;

/** Word diff as text: unchanged words plain, removals [-...-], additions {+...+}. */
export function wordDiff(a: string, b: string): string {
  return diffWords(a, b).map((p) => (p.added ? `{+${p.value.trim()}+} ` : p.removed ? `[-${p.value.trim()}-] ` : p.value)).join('').replace(/\s+/g, ' ').trim();
}

/** Indices (into seq) of a longest increasing subsequence: pairs outside it moved. */
function lis(seq: number[]): Set<number> {
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

export function alignEditions(older: AlignParagraph[], newer: AlignParagraph[]): Alignment {
  const ow = older.map((p) => words(p.text));
  const nw = newer.map((p) => words(p.text));
  const corpus = new Corpus([...ow, ...nw]);
  const ov = ow.map((w) => corpus.vector(w));
  const nv = nw.map((w) => corpus.vector(w));
  const near = nearest(nv, ov);
  const match = new Map<number, number[]>();
  const score = new Map<number, number>();
  const usedOld = new Set<number>();
  const kindOf = new Map<number, AlignKind>();
  // Identical wording first.
  const byText = new Map<string, number[]>();
  older.forEach((p, i) => { const k = normalised(p.text); byText.set(k, [...(byText.get(k) ?? []), i]); });
  newer.forEach((p, j) => { const i = byText.get(normalised(p.text))?.find((x) => !usedOld.has(x)); if (i !== undefined) { match.set(j, [i]); score.set(j, 1); usedOld.add(i); } });
  // Merged: one new paragraph holds several old ones.
  newer.forEach((_, j) => {
    if (match.has(j)) return;
    const parts = near[j].filter(([i, s]) => !usedOld.has(i) && s >= 0.2 && containment(ow[i], nw[j]) >= PART).map(([i]) => i);
    if (parts.length >= 2) { parts.sort((a, b) => a - b); match.set(j, parts); score.set(j, near[j].find(([i]) => i === parts[0])![1]); kindOf.set(j, 'merged'); parts.forEach((i) => usedOld.add(i)); }
  });
  // Split: several new paragraphs each lie inside the same old one.
  const pieces = new Map<number, number[]>();
  newer.forEach((_, j) => {
    if (match.has(j)) return;
    const best = near[j].find(([i]) => !usedOld.has(i));
    if (best && best[1] >= 0.2 && containment(nw[j], ow[best[0]]) >= PART) pieces.set(best[0], [...(pieces.get(best[0]) ?? []), j]);
  });
  for (const [i, js] of pieces) if (js.length >= 2) { usedOld.add(i); for (const j of js) { match.set(j, [i]); score.set(j, near[j].find(([x]) => x === i)![1]); kindOf.set(j, 'split'); } }
  // One to one: best pairs first.
  const pairs = near.flatMap((cands, j) => (match.has(j) ? [] : cands.filter(([, s]) => s >= MATCH).map(([i, s]) => ({ i, j, s })))).sort((a, b) => b.s - a.s);
  for (const { i, j, s } of pairs) if (!match.has(j) && !usedOld.has(i)) { match.set(j, [i]); score.set(j, s); usedOld.add(i); }
  // Order: one-to-one pairs outside the longest run that keeps the old order have moved.
  const ordered = [...match].filter(([j]) => !kindOf.has(j)).sort((a, b) => a[0] - b[0]);
  const inOrder = lis(ordered.map(([, [i]]) => i));
  const moved = new Set(ordered.filter((_, k) => !inOrder.has(k)).map(([j]) => j));
  const proposals: Proposal[] = newer.map((p, j) => {
    const olds = match.get(j);
    if (!olds) return { new: p.number, old: [], kind: 'new', similarity: 0 };
    const oldText = olds.map((i) => older[i].text).join(' ');
    const s = Math.round((score.get(j) ?? 0) * 100) / 100;
    const ws = words(oldText);
    const overlap = Math.min(containment(ws, nw[j]), containment(nw[j], ws));
    const wording = normalised(oldText) === normalised(p.text) ? 'same' : overlap >= REWORDED || s >= 0.9 ? 'reworded' : 'changed';
    const kind: AlignKind = kindOf.get(j) ?? (moved.has(j) ? 'moved' : wording);
    const proposal: Proposal = { new: p.number, old: olds.map((i) => older[i].number), kind, similarity: s };
    if (kind === 'moved') proposal.wording = wording;
    if (olds.length === 1 && older[olds[0]].number !== p.number) proposal.renumbered = true;
    if (wording !== 'same') proposal.diff = wordDiff(oldText, p.text);
    return proposal;
  });
  return { proposals, removed: older.filter((_, i) => !usedOld.has(i)).map((p) => p.number) };
}
