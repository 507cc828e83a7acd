import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ImportResult } from '../../src/official/import-pdf.ts';
import { toLines } from '../../src/official/lines.ts';
import { readPdf } from '../../src/official/pdf-text.ts';
import { closePrinter } from '../fixtures/official/print-pdf.ts';
import { differences } from '../fixtures/official/layouts/check.ts';
import { importLayout } from '../fixtures/official/layouts/import-layout.ts';
import { typesetDoc, typesetStyle } from '../fixtures/official/layouts/typeset.ts';

// Justified serif text with words broken at line ends, bold "1.1" numbers in the margin, a box
// marked by a side bar, drawn bullet discs, footnotes, a flowchart page inside a paragraph.
let r: ImportResult;
let pdf: Uint8Array;
before(async () => { ({ r, pdf } = await importLayout(typesetDoc(), typesetStyle, '2010')); });
after(closePrinter);

test('every paragraph comes back with its number, printed page, chapter, heading path, whole text and lists', () => {
  assert.deepEqual(differences(r, typesetDoc()), []);
  assert.deepEqual(r.warnings, []);
});

test('words the typesetter broke at line ends are rejoined, with no hyphen, soft hyphen or ligature left', async () => {
  const lines = (await readPdf(pdf)).pages.flatMap((p) => toLines(p).map((l) => l.text));
  assert.ok(lines.filter((s) => /\p{L}[\u2010-]$/u.test(s)).length >= 2, 'the fixture does break words at line ends');
  const all = JSON.stringify(r.official);
  assert.doesNotMatch(all, /[\u00AD\u2010\uFB00-\uFB06\uE000-\uE002]/);
  assert.match(all, /financial experts/);
});

test('a box drawn with a bar down its side is a box with its title, never a heading', () => {
  const box = r.official.chapters[0].blocks.find((b) => b.kind === 'box');
  assert.ok(box && box.kind === 'box');
  assert.deepEqual([box.frame, box.title], ['bar', 'What a good handover looks like']);
  assert.ok(!r.official.chapters.flatMap((c) => c.blocks).some((b) => b.kind === 'heading' && b.text === box.title));
});

test('a flowchart page is a figure of its boxes in reading order, and footnotes stay apart', () => {
  const fig = r.official.chapters.flatMap((c) => c.blocks).find((b) => b.kind === 'figure');
  assert.ok(fig && fig.kind === 'figure');
  assert.deepEqual([fig.figure, fig.caption, fig.lines[0]], ['flowchart', 'Flowchart 1: Reporting a damaged tool', 'Borrower returns a damaged tool']);
  assert.deepEqual(r.official.chapters[0].footnotes, [{ number: '1', page: 3, text: 'A keeper may ask the treasurer for help at any time.' }]);
});
