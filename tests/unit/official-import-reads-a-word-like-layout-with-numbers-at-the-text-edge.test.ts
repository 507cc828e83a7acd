import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ImportResult } from '../../src/official/import-pdf.ts';
import { closePrinter } from '../fixtures/official/print-pdf.ts';
import { differences } from '../fixtures/official/layouts/check.ts';
import { importLayout } from '../fixtures/official/layouts/import-layout.ts';
import { wordDoc, wordStyle } from '../fixtures/official/layouts/word.ts';

// A Word-like export: numbers inline at the text edge before a tab, "Page N of M" footers, a
// bordered box, sub-paragraphs (a)-(c) with (i)-(ii) inside, a table over two pages in a paragraph.
let r: ImportResult;
before(async () => { ({ r } = await importLayout(wordDoc(), wordStyle, '2023')); });
after(closePrinter);

test('every paragraph comes back with its number, printed page, chapter, heading path, whole text and lists', () => {
  assert.deepEqual(differences(r, wordDoc()), []);
  assert.deepEqual(r.warnings, []);
});

test('lines that merely begin "2018.", "15 working days", "Table salt" or "Figure skating" stay in their paragraphs', () => {
  const text = r.official.chapters.flatMap((c) => c.blocks.flatMap((b) => (b.kind === 'para' ? [b.text] : []))).join('\n');
  for (const start of ['2018. That first pilot', '15 working days of receipt', 'Table salt and grit', 'Figure skating boots']) assert.ok(text.includes(start), start);
  assert.deepEqual(r.official.chapters.flatMap((c) => c.blocks.filter((b) => b.kind === 'figure').map((b) => b.kind === 'figure' && b.caption)), ['Table 1: Opening hours by site']);
});

test('a table over two pages is one figure, its repeated header row dropped, and the paragraph it interrupts stays whole', () => {
  const fig = r.official.chapters.flatMap((c) => c.blocks).find((b) => b.kind === 'figure');
  assert.ok(fig && fig.kind === 'figure');
  assert.deepEqual([fig.page, fig.lastPage, fig.rows?.length, fig.rows?.[0], fig.rows?.at(-1)?.[0]], [5, 6, 31, ['Site', 'Hours', 'Cover'], 'Site 30']);
  const p8 = r.official.chapters.flatMap((c) => c.blocks).find((b) => b.kind === 'para' && b.number === '8');
  assert.ok(p8 && p8.kind === 'para');
  assert.match(p8.text, /the keepers on duty agree between themselves who opens and who closes each day\.$/);
});

test('the coverage summary counts paragraphs per chapter, boxes, figures and lists', () => {
  assert.deepEqual(r.coverage.chapters.map((c) => [c.key, c.paragraphs, c.first, c.last]), [['1', 5, '1', '5'], ['2', 5, '6', '10'], ['3', 4, '11', '14']]);
  assert.deepEqual([r.coverage.scheme, r.coverage.boxes, r.coverage.figures.table, r.coverage.lists], ['continuous', 1, 1, 3]);
});
