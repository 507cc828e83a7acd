import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ImportResult } from '../../src/official/import-pdf.ts';
import type { OfficialFigure, OfficialParagraph } from '../../src/official/types.ts';
import { closePrinter } from '../fixtures/official/print-pdf.ts';
import { importLayout } from '../fixtures/official/layouts/import-layout.ts';
import type { Doc } from '../fixtures/official/layouts/model.ts';
import { narrowStyle } from '../fixtures/official/layouts/narrow.ts';
import { say } from '../fixtures/official/layouts/words.ts';

// A table with no rules runs to the foot of a narrow justified page and carries on at the top of
// the next with no caption and no header row; the next numbered paragraph follows it. The rows on
// the second page are found by their columns, lined up with the table above: they join the table
// and never run into the paragraph.
const HEADER = ['Bed', 'Keeper', 'Season'];
const KEEPERS = ['Asha', 'Bryn', 'Cerys', 'Dev'];
const SEASONS = ['Spring', 'Summer', 'Autumn'];
const rows = (from: number, n: number) => Array.from({ length: n }, (_, i) => [`Bed ${from + i}`, KEEPERS[(from + i) % 4], SEASONS[(from + i) % 3]]);

const doc: Doc = {
  title: 'Keeping the beds',
  pages: [
    {
      printed: '1',
      blocks: [
        { kind: 'h1', text: '1 Keeping the beds' },
        { kind: 'para', n: '1.', text: say(2, 2) },
        { kind: 'para', n: '2.', text: say(3, 1) },
        { kind: 'table', caption: 'Table 1: Who looks after which bed', rows: [HEADER, ...rows(1, 20)] },
      ],
    },
    {
      printed: '2',
      blocks: [
        { kind: 'table', rows: rows(21, 12) },
        { kind: 'para', n: '3.', text: say(5, 2) },
        { kind: 'para', n: '4.', text: say(6, 1) },
      ],
    },
  ],
};

let r: ImportResult;
before(async () => { ({ r } = await importLayout(doc, { ...narrowStyle, justify: true, tableRules: false }, '2023')); });
after(closePrinter);

const blocks = () => r.official.chapters.flatMap((c) => c.blocks);

test('the rows carried over join the table, which ends on page 2', () => {
  const figures = blocks().filter((b): b is OfficialFigure => b.kind === 'figure');
  assert.equal(figures.length, 1);
  assert.deepEqual([figures[0].caption, figures[0].page, figures[0].lastPage], ['Table 1: Who looks after which bed', 1, 2]);
  assert.deepEqual(figures[0].rows, [HEADER, ...rows(1, 32)]);
});

test('the paragraph after the table keeps its own text only', () => {
  const p = blocks().filter((b): b is OfficialParagraph => b.kind === 'para');
  assert.deepEqual(p.map((x) => [x.number, x.page]), [['1', 1], ['2', 1], ['3', 2], ['4', 2]]);
  assert.equal(p[1].text, say(3, 1));
  assert.equal(p[2].text, say(5, 2));
  assert.ok(!blocks().some((b) => b.kind === 'text' || b.kind === 'heading'), 'no row is read as text or as a heading');
  assert.deepEqual(r.warnings.filter((w) => !/contents/i.test(w.message)), []);
});
