/**
 * Bench step: aligning two made-up 1,000-paragraph editions (an edition and its renumbered,
 * reworded successor; and two unrelated rulebooks on one subject) takes well under 10 s (budget,
 * issue 14), and how well it aligns: precision and recall against the known counterparts, and how
 * many paragraphs of unrelated documents are wrongly matched. Run alone: npx node scripts/bench/official-align.ts.
 */
import { alignEditions } from '../../src/official/align.ts';
import { rulebook, score, successor } from '../../tests/fixtures/official/made-up-editions.ts';

export function benchAlign(): { seconds: number; ok: boolean; precision: number; recall: number; unrelatedMatched: number } {
  const older = rulebook(1000, 7);
  const { newer, truth } = successor(older, 8);
  const other = rulebook(1000, 9);
  const timed = <T>(f: () => T): [T, number] => { const t = performance.now(); const r = f(); return [r, (performance.now() - t) / 1000]; };
  const [aligned, a] = timed(() => alignEditions(older, newer));
  const [unrelated, b] = timed(() => alignEditions(older, other));
  const s = score(aligned.proposals, truth);
  const seconds = Math.max(a, b);
  return { seconds, ok: seconds < 10, precision: s.precision, recall: s.recall, unrelatedMatched: unrelated.proposals.filter((p) => p.old.length > 0).length };
}

if (import.meta.main) {
  const r = benchAlign();
  console.log(`Align two 1,000-paragraph editions: ${r.seconds.toFixed(2)} s (budget 10 s) ${r.ok ? 'within budget' : 'OVER BUDGET'}; successor precision ${(r.precision * 100).toFixed(1)}%, recall ${(r.recall * 100).toFixed(1)}%; unrelated rulebooks: ${r.unrelatedMatched} of 1,000 paragraphs matched`);
  process.exit(r.ok ? 0 : 1);
}
