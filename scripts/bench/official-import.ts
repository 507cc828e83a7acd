/** Bench step: a made-up 200-page document (printed by Chromium) imports in under 30 s (budget, issue 14). */
import { resolve } from 'node:path';
import { importPdf } from '../../src/official/import-pdf.ts';
import { fixtureHtml, type FixturePage } from '../../tests/fixtures/official/layout.ts';
import { closePrinter, printPdf } from '../../tests/fixtures/official/print-pdf.ts';

export async function benchImport(pages = 200): Promise<{ seconds: number; paragraphs: number; ok: boolean }> {
  const body: FixturePage[] = Array.from({ length: pages }, (_, i) => ({
    printed: i + 1,
    blocks: [
      ...(i % 10 === 0 ? [{ kind: 'heading' as const, level: 1 as const, text: `Chapter ${i / 10 + 1}: Part ${i / 10 + 1} of the made-up guide` }] : []),
      ...Array.from({ length: 6 }, (_, k) => ({ kind: 'para' as const, n: `${Math.floor(i / 10) + 1}.${(i % 10) * 6 + k + 1}`, text: `Made-up paragraph ${k} on page ${i + 1} about keeping shared garden tools tidy, watering rotas and seed swaps, long enough to wrap over two or three printed lines like the real thing does.` })),
    ],
  }));
  const pdf = await printPdf(fixtureHtml({ header: 'Bench document', pages: body }));
  await closePrinter();
  const started = performance.now();
  const r = await importPdf(pdf, '2010', { contentRoot: resolve('content') });
  const seconds = (performance.now() - started) / 1000;
  return { seconds, paragraphs: r.official.chapters.reduce((n, c) => n + c.blocks.filter((b) => b.kind === 'para').length, 0), ok: seconds < 30 };
}

if (import.meta.main) {
  const r = await benchImport();
  console.log(`Import a 200-page PDF: ${r.seconds.toFixed(1)} s for ${r.paragraphs} paragraphs (budget 30 s) ${r.ok ? 'within budget' : 'OVER BUDGET'}`);
  process.exit(r.ok ? 0 : 1);
}
