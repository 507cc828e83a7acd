/**
 * Bench step: a made-up 200-page document in a realistic mix of layouts (tests/fixtures/official/
 * layouts/bench-doc.ts: justified and hyphenated text, numbers in the margin, sub-paragraph lists,
 * boxes, tables and flowchart pages), printed by Chromium, imports in under 30 s (budget); the
 * figure reported is pages per second of import.
 */
import { resolve } from 'node:path';
import { importPdf } from '../../src/official/import-pdf.ts';
import { benchDoc } from '../../tests/fixtures/official/layouts/bench-doc.ts';
import { renderDoc } from '../../tests/fixtures/official/layouts/render.ts';
import { typesetStyle } from '../../tests/fixtures/official/layouts/typeset.ts';
import { closePrinter, printPdf } from '../../tests/fixtures/official/print-pdf.ts';

export async function benchImport(pages = 200): Promise<{ seconds: number; pages: number; pagesPerSecond: number; paragraphs: number; expected: number; ok: boolean }> {
  const doc = benchDoc(pages);
  const pdf = await printPdf(renderDoc(doc, typesetStyle));
  await closePrinter();
  const started = performance.now();
  const r = await importPdf(pdf, '2010', { contentRoot: resolve('content') });
  const seconds = (performance.now() - started) / 1000;
  const expected = doc.pages.reduce((n, p) => n + p.blocks.filter((b) => b.kind === 'para').length, 0);
  return { seconds, pages, pagesPerSecond: pages / seconds, paragraphs: r.coverage.paragraphs, expected, ok: seconds < 30 && r.coverage.paragraphs === expected };
}

if (import.meta.main) {
  const r = await benchImport();
  console.log(`Import a 200-page PDF: ${r.seconds.toFixed(1)} s, ${r.pagesPerSecond.toFixed(1)} pages/s, ${r.paragraphs} of ${r.expected} paragraphs (budget 30 s) ${r.ok ? 'within budget' : 'OVER BUDGET'}`);
  process.exit(r.ok ? 0 : 1);
}
