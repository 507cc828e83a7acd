/** Bench step: two made-up 1,000-paragraph editions align in under 10 s (budget, issue 14). */
import { alignEditions, type AlignParagraph } from '../../src/official/align.ts';

const VOCAB = 'garden plot seed water rota keeper tool shed compost barrel harvest volunteer bed soil spade record map season swap noticeboard hose reel hinge path gate bench fence orchard hedge pond'.split(' ');

function edition(n: number, seed: number): AlignParagraph[] {
  let x = seed;
  const rnd = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
  return Array.from({ length: n }, (_, i) => ({ number: String(i + 1), chapter: String(1 + Math.floor(i / 100)), heading: '', page: 1 + Math.floor(i / 5), text: Array.from({ length: 25 + Math.floor(rnd() * 30) }, () => VOCAB[Math.floor(rnd() * VOCAB.length)] + (rnd() < 0.3 ? String(i) : '')).join(' ') }));
}

export function benchAlign(): { seconds: number; ok: boolean } {
  const older = edition(1000, 7);
  const newer = older.map((p, i) => ({ ...p, number: String(i + 3), text: i % 7 === 0 ? `${p.text} added words` : p.text }));
  const started = performance.now();
  alignEditions(older, newer);
  const seconds = (performance.now() - started) / 1000;
  return { seconds, ok: seconds < 10 };
}

if (import.meta.main) {
  const r = benchAlign();
  console.log(`Align two 1,000-paragraph editions: ${r.seconds.toFixed(2)} s (budget 10 s) ${r.ok ? 'within budget' : 'OVER BUDGET'}`);
  process.exit(r.ok ? 0 : 1);
}
