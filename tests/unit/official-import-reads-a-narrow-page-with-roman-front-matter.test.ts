import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ImportResult } from '../../src/official/import-pdf.ts';
import { closePrinter } from '../fixtures/official/print-pdf.ts';
import { differences } from '../fixtures/official/layouts/check.ts';
import { importLayout } from '../fixtures/official/layouts/import-layout.ts';
import { narrowDoc, narrowStyle } from '../fixtures/official/layouts/narrow.ts';

// A5 pages, a foreword on page ii and contents on page iii (no dot leaders), numbers restarting in
// each chapter, sub-paragraph lines wrapping back under their labels, a shaded box, a glossary in two columns.
let r: ImportResult;
before(async () => { ({ r } = await importLayout(narrowDoc(), narrowStyle, '2013')); });
after(closePrinter);

test('every paragraph comes back with its number, printed page, chapter, heading path, whole text and lists', () => {
  assert.deepEqual(differences(r, narrowDoc()), []);
});

test('roman page numbers are page labels, not text, and the contents entries that use them are read', () => {
  assert.deepEqual(r.warnings, [], 'no false warning about the contents');
  const foreword = r.official.chapters.find((c) => c.key === 'foreword');
  assert.ok(foreword);
  assert.deepEqual(foreword.blocks.map((b) => b.kind !== 'heading' && b.pageLabel), ['ii', 'ii']);
  const runs = r.official.chapters.flatMap((c) => c.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : b.kind === 'figure' ? b.lines : [b.text])));
  assert.ok(runs.every((t) => !/^(?:• )?(?:ii|iii)\b/.test(t)), 'no page label leaks into the text');
});

test('a glossary set in two columns reads column by column, one entry at a time', () => {
  const glossary = r.official.chapters.find((c) => c.key === 'glossary');
  assert.ok(glossary);
  const texts = glossary.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : []));
  assert.deepEqual(texts.map((t) => t.split(' ')[0]), ['Keeper', 'Borrower', 'Coordinator', 'Sleeve', 'Steering', 'Treasurer']);
  assert.equal(texts[4], 'Steering group the small committee that reviews insurance, disputes and the annual accounts.');
});

test('sub-paragraph lines that wrap back under the label stay in their item', () => {
  const p = r.official.chapters[1].blocks.find((b) => b.kind === 'para' && b.number === '2');
  assert.ok(p && p.kind === 'para');
  const list = p.body.find((x) => x.kind === 'list');
  assert.ok(list && list.kind === 'list');
  assert.deepEqual(list.items.map((i) => i.label), ['(a)', '(b)', '(c)']);
});
