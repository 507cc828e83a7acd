/**
 * Proposes, for each official paragraph of a newer edition, its counterpart in the older: same,
 * reworded, changed, moved (out of order against its neighbours), split (one old paragraph became
 * several), merged (several became one), new; and lists old paragraphs removed.
 *
 * Evidence, strongest first: identical wording; shared rare phrases (three-word runs, see
 * similarity.ts), enough on their own anywhere in the document; containment (split and merge);
 * and, for weaker textual evidence, order: a pair that sits between two matched neighbours, in the
 * same order (align-order.ts). Shared words alone never suffice: two documents on one subject share
 * most of them. Thresholds are calibrated on made-up documents (tests/unit/official-align-is-
 * calibrated-*.test.ts): unrelated rulebooks on one subject align to almost nothing, an edition and
 * its renumbered, reworded successor almost fully. Every proposal carries its evidence and a word
 * diff for a person to check; reviewed counterparts are passed back in and kept.
 */
import { diffWords } from 'diff';
import { anchorChain, gaps, keepsItsPlace, type Pair } from './align-order.ts';
import { containment, Corpus, cosine, nearest, normalised, phrases, words, type Vector } from './similarity.ts';

export interface AlignParagraph { number: string; chapter: string; heading: string; page: number; text: string }

export type AlignKind = 'same' | 'reworded' | 'changed' | 'moved' | 'split' | 'merged' | 'new';

export interface Evidence {
  /** Word similarity: TF-IDF cosine of the words that carry meaning (0-1). High between any two texts on one subject. */
  words: number;
  /** Phrase similarity: TF-IDF cosine of three-word runs, rare shared phrases weighing most (0-1). */
  phrases: number;
  /** The shorter text's length over the longer's, in words. */
  lengthRatio: number;
  /** in order: between the counterparts of its neighbours; out of order: moved against them. */
  order: 'in order' | 'out of order';
  /** Why the counterpart was proposed. */
  basis: 'identical' | 'shared phrases' | 'between matched neighbours' | 'contained' | 'reviewed';
}

export interface Proposal {
  new: string;
  old: string[];
  kind: AlignKind;
  /** For moved paragraphs: how the wording changed. */
  wording?: 'same' | 'reworded' | 'changed';
  /** The old number differs from the new one. */
  renumbered?: boolean;
  /** Word similarity, as in evidence (kept for readers of earlier files). */
  similarity: number;
  /** Why this counterpart was proposed. */
  evidence?: Evidence;
  /** For a new paragraph: the closest old one, which was not close enough. */
  nearest?: { old: string; words: number; phrases: number };
  /** Word-level diff, old to new: [-removed-] {+added+}. */
  diff?: string;
}

export interface Alignment { proposals: Proposal[]; removed: string[] }

export interface AlignOptions {
  /** Counterparts a reviewer confirmed: kept as they are, and used as anchors for the rest. */
  fixed?: { new: string; old: string[]; kind: AlignKind }[];
  /** Old paragraphs a reviewer confirmed removed: never proposed as a counterpart. */
  removed?: string[];
}

/** Phrase similarity enough on its own, anywhere: unrelated paragraphs on one subject stay below. */
const ANCHOR = 0.45;
/** Weaker evidence accepted between matched neighbours, in order, at most MAX_GAP paragraphs apart. */
const GAP_PHRASES = 0.15;
const GAP_WORDS = 0.45;
const MAX_GAP = 12;
/** Rarity-weighted share of a piece's phrases inside the whole, for split pieces and merged parts. */
const PART = 0.6;
/** Share of words kept both ways at or above which a change is only a rewording. */
const REWORDED = 0.7;

const round = (x: number) => Math.round(x * 100) / 100;

/** Word diff as text: unchanged words plain, removals [-...-], additions {+...+}. */
export function wordDiff(a: string, b: string): string {
  return diffWords(a, b).map((p) => (p.added ? `{+${p.value.trim()}+} ` : p.removed ? `[-${p.value.trim()}-] ` : p.value)).join('').replace(/\s+/g, ' ').trim();
}

interface Texts { words: string[][]; phrases: string[][]; wv: Vector[]; pv: Vector[]; phraseSets: Set<string>[] }

export function alignEditions(older: AlignParagraph[], newer: AlignParagraph[], opts: AlignOptions = {}): Alignment {
  const all = [...older, ...newer].map((p) => ({ w: words(p.text), p: phrases(p.text) }));
  const wc = new Corpus(all.map((x) => x.w));
  const pc = new Corpus(all.map((x) => x.p));
  const texts = (list: typeof all): Texts => ({ words: list.map((x) => x.w), phrases: list.map((x) => x.p), wv: list.map((x) => wc.vector(x.w)), pv: list.map((x) => pc.vector(x.p)), phraseSets: list.map((x) => new Set(x.p)) });
  const O = texts(all.slice(0, older.length));
  const N = texts(all.slice(older.length));
  const score = (j: number, i: number) => ({ w: cosine(N.wv[j], O.wv[i]), p: cosine(N.pv[j], O.pv[i]) });
  // Candidates for each new paragraph: the nearest old ones by phrases and by words.
  const byPhrase = nearest(N.pv, O.pv, 8);
  const byWord = nearest(N.wv, O.wv, 5);
  const cands = newer.map((_, j) => [...new Set([...byPhrase[j], ...byWord[j]].map(([i]) => i))].map((i) => ({ i, ...score(j, i) })).sort((a, b) => b.p - a.p || b.w - a.w));

  const match = new Map<number, { olds: number[]; basis: Evidence['basis']; kind?: AlignKind }>();
  const used = new Set<number>();
  const oldIndex = new Map(older.map((p, i) => [p.number, i]));
  const newIndex = new Map(newer.map((p, j) => [p.number, j]));
  const take = (j: number, olds: number[], basis: Evidence['basis'], kind?: AlignKind) => { match.set(j, { olds, basis, kind }); olds.forEach((i) => used.add(i)); };
  for (const n of opts.removed ?? []) if (oldIndex.has(n)) used.add(oldIndex.get(n)!);
  for (const f of opts.fixed ?? []) {
    const j = newIndex.get(f.new);
    const olds = f.old.flatMap((n) => (oldIndex.has(n) ? [oldIndex.get(n)!] : []));
    if (j !== undefined) take(j, olds, 'reviewed', f.kind);
  }
  const open = (j: number) => !match.has(j);
  // Identical wording.
  const byText = new Map<string, number[]>();
  older.forEach((p, i) => { if (!used.has(i)) { const k = normalised(p.text); byText.set(k, [...(byText.get(k) ?? []), i]); } });
  newer.forEach((p, j) => { const i = open(j) ? byText.get(normalised(p.text))?.find((x) => !used.has(x)) : undefined; if (i !== undefined) take(j, [i], 'identical'); });
  // Merged: one new paragraph holds several old ones whole.
  newer.forEach((_, j) => {
    if (!open(j)) return;
    const parts = cands[j].filter((c) => !used.has(c.i) && c.p >= 0.2 && pc.containment(O.phrases[c.i], N.phraseSets[j]) >= PART).map((c) => c.i);
    if (parts.length >= 2) take(j, parts.sort((a, b) => a - b), 'contained', 'merged');
  });
  // Split: several new paragraphs each lie inside the same old one.
  const pieces = new Map<number, number[]>();
  newer.forEach((_, j) => {
    const best = open(j) ? cands[j].find((c) => !used.has(c.i)) : undefined;
    if (best && best.p >= 0.2 && pc.containment(N.phrases[j], O.phraseSets[best.i]) >= PART) pieces.set(best.i, [...(pieces.get(best.i) ?? []), j]);
  });
  for (const [i, js] of pieces) if (js.length >= 2) js.forEach((j) => take(j, [i], 'contained', 'split'));
  // Shared rare phrases: strong enough anywhere, best pairs first.
  const strong = cands.flatMap((cs, j) => (open(j) ? cs.filter((c) => c.p >= ANCHOR).map((c) => ({ j, ...c })) : [])).sort((a, b) => b.p - a.p);
  for (const c of strong) if (open(c.j) && !used.has(c.i)) take(c.j, [c.i], 'shared phrases');
  // Order: the anchor chain, then weaker evidence in the gaps between its links.
  const oneToOne = (): Pair[] => [...match].filter(([, m]) => m.olds.length === 1 && m.kind !== 'split').map(([j, m]) => ({ j, i: m.olds[0] }));
  let chain = anchorChain(oneToOne());
  for (const g of gaps(chain, newer.length, older.length)) {
    if (g.newTo - g.newFrom > MAX_GAP || g.oldTo - g.oldFrom > MAX_GAP) continue;
    const pairs: (Pair & { s: number })[] = [];
    for (let j = g.newFrom; j < g.newTo; j++) for (let i = g.oldFrom; i < g.oldTo; i++) {
      if (!open(j) || used.has(i)) continue;
      const s = score(j, i);
      const ratio = Math.min(N.words[j].length, O.words[i].length) / Math.max(N.words[j].length, O.words[i].length, 1);
      if (s.p >= GAP_PHRASES && s.w >= GAP_WORDS && ratio >= 0.25) pairs.push({ j, i, s: s.p + s.w });
    }
    const chosen: Pair[] = [];
    for (const c of pairs.sort((a, b) => b.s - a.s))
      if (chosen.every((x) => x.j !== c.j && x.i !== c.i && (x.j - c.j) * (x.i - c.i) > 0)) chosen.push(c);
    for (const c of chosen) take(c.j, [c.i], 'between matched neighbours');
  }
  chain = anchorChain(oneToOne());
  const inChain = new Set(chain.map((p) => p.j));
  const proposals = newer.map((p, j) => propose(p, j));
  return { proposals, removed: older.filter((_, i) => !used.has(i)).map((p) => p.number) };

  function propose(p: AlignParagraph, j: number): Proposal {
    const m = match.get(j);
    if (!m || m.olds.length === 0) {
      const best = cands[j][0];
      return { new: p.number, old: [], kind: 'new', similarity: 0, ...(best ? { nearest: { old: older[best.i].number, words: round(best.w), phrases: round(best.p) } } : {}) };
    }
    const oldText = m.olds.map((i) => older[i].text).join(' ');
    const ow = words(oldText);
    const wordSim = cosine(wc.vector(ow), N.wv[j]);
    const phraseSim = cosine(pc.vector(phrases(oldText)), N.pv[j]);
    const overlap = Math.min(containment(ow, N.words[j]), containment(N.words[j], ow));
    const wording = normalised(oldText) === normalised(p.text) ? 'same' : overlap >= REWORDED || wordSim >= 0.9 ? 'reworded' : 'changed';
    const ordered = m.olds.length === 1 && m.kind !== 'split' ? inChain.has(j) || keepsItsPlace(chain, j, m.olds[0]) : m.olds.every((i) => keepsItsPlace(chain, j, i));
    const kind: AlignKind = m.kind ?? (ordered ? wording : 'moved');
    const evidence: Evidence = {
      words: round(wordSim), phrases: round(phraseSim),
      lengthRatio: round(Math.min(ow.length, N.words[j].length) / Math.max(ow.length, N.words[j].length, 1)),
      order: ordered ? 'in order' : 'out of order', basis: m.basis,
    };
    const proposal: Proposal = { new: p.number, old: m.olds.map((i) => older[i].number), kind, similarity: evidence.words, evidence };
    if (kind === 'moved') proposal.wording = wording;
    if (m.olds.length === 1 && older[m.olds[0]].number !== p.number) proposal.renumbered = true;
    if (wording !== 'same') proposal.diff = wordDiff(oldText, p.text);
    return proposal;
  }
}
