import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ImportResult } from '../../src/official/import-pdf.ts';
import type { OfficialFigure, OfficialParagraph } from '../../src/official/types.ts';
import { closePrinter } from '../fixtures/official/print-pdf.ts';
import { importLayout } from '../fixtures/official/layouts/import-layout.ts';
import type { Doc } from '../fixtures/official/layouts/model.ts';
import { wordStyle } from '../fixtures/official/layouts/word.ts';
import { say } from '../fixtures/official/layouts/words.ts';

// A paragraph stops mid-sentence; a table with no rules (cells lined up in columns only) runs over
// the rest of its page, the whole next page and the top of the third, its header row repeated on
// each page and no caption after the first; the paragraph's sentence carries on, in lower case, in
// its text column under the table. The paragraph stays whole; the table is one table.
const HEADER = ['Site', 'Opening hours', 'Who opens'];
const rows = (from: number, n: number) => Array.from({ length: n }, (_, i) => [`Site ${from + i}`, `${9 + ((from + i) % 3)}am to ${4 + ((from + i) % 4)}pm`, (from + i) % 2 ? 'Keeper on call' : 'Two keepers']);
const CONTINUATION = 'checks that no two neighbouring sites close on the same afternoon, so that borrowers always have somewhere to go.';

const doc: Doc = {
  title: 'Opening hours',
  pages: [
    {
      printed: '1',
      blocks: [
        { kind: 'h1', text: '1. Opening hours' },
        { kind: 'para', n: '1.', text: say(1, 2) },
        { kind: 'para', n: '2.', text: 'The rota for each site is agreed every spring. Before the table below, the coordinator' },
        { kind: 'table', caption: 'Table 1: Opening hours by site', rows: [HEADER, ...rows(1, 22)] },
      ],
    },
    { printed: '2', blocks: [{ kind: 'table', rows: [HEADER, ...rows(23, 36)] }] },
    {
      printed: '3',
      blocks: [
        { kind: 'table', rows: [HEADER, ...rows(59, 5)] },
        { kind: 'cont', text: CONTINUATION },
        { kind: 'para', n: '3.', text: say(4, 2) },
      ],
    },
  ],
};

let r: ImportResult;
before(async () => { ({ r } = await importLayout(doc, { ...wordStyle, tableRules: false }, '2023')); });
after(closePrinter);

const blocks = () => r.official.chapters.flatMap((c) => c.blocks);

test('the paragraph keeps its continuation after the table, on its own third page', () => {
  const p = blocks().filter((b): b is OfficialParagraph => b.kind === 'para');
  assert.deepEqual(p.map((x) => x.number), ['1', '2', '3']);
  assert.equal(p[1].text, `The rota for each site is agreed every spring. Before the table below, the coordinator ${CONTINUATION}`);
  assert.equal(p[1].page, 1);
  assert.equal(p[2].text, say(4, 2));
  assert.ok(!blocks().some((b) => b.kind === 'text'), 'nothing is left over as unnumbered text');
});

test('the table is one table from page 1 to page 3, its header row once and every row in order', () => {
  const figures = blocks().filter((b): b is OfficialFigure => b.kind === 'figure');
  assert.equal(figures.length, 1);
  const t = figures[0];
  assert.deepEqual([t.figure, t.caption, t.page, t.lastPage], ['table', 'Table 1: Opening hours by site', 1, 3]);
  assert.deepEqual(t.rows, [HEADER, ...rows(1, 63)]);
  assert.deepEqual(r.warnings.filter((w) => !/contents/i.test(w.message)), []);
});
