import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ImportResult } from '../../src/official/import-pdf.ts';
import type { OfficialFigure, OfficialParagraph } from '../../src/official/types.ts';
import { closePrinter } from '../fixtures/official/print-pdf.ts';
import { importLayout } from '../fixtures/official/layouts/import-layout.ts';
import type { Doc } from '../fixtures/official/layouts/model.ts';
import { typesetStyle } from '../fixtures/official/layouts/typeset.ts';
import { say } from '../fixtures/official/layouts/words.ts';

// Tables ruled only under each row (no rule above the header, none down the sides): the header row
// above the first rule belongs to the table; a table carried to the next page with its header
// repeated is one table; a paragraph between two such tables stacked close together splits them,
// and the paragraph interrupted by the first keeps its continuation.
const rows = (from: number, n: number) => Array.from({ length: n }, (_, i) => [`Month ${from + i}`, ['Prune', 'Mulch', 'Harvest'][(from + i) % 3], (from + i) % 2 ? 'Asha' : 'Bryn']);
const HEADER = ['Month', 'Task', 'Who'];
const BEDS = [['Bed', 'Keeper'], ['Bed 1', 'Cerys'], ['Bed 2', 'Dev'], ['Bed 3', 'Asha']];

const doc: Doc = {
  title: 'Season planner',
  pages: [
    {
      printed: '1',
      blocks: [
        { kind: 'h1', text: 'Chapter 1: Planning the season' },
        { kind: 'para', n: '1.1', text: say(5, 2) },
        { kind: 'para', n: '1.2', text: 'Each keeper plans the year ahead. Before the table below, the coordinator' },
        { kind: 'table', caption: 'Table 1: Season planner', rows: [HEADER, ...rows(1, 24)] },
      ],
    },
    {
      printed: '2',
      blocks: [
        { kind: 'table', rows: [HEADER, ...rows(25, 6)] },
        { kind: 'cont', text: 'agrees the plan with every keeper at the spring meeting.' },
        { kind: 'table', caption: 'Table 2: Beds', rows: BEDS },
        { kind: 'para', n: '1.3', text: say(7, 2) },
      ],
    },
  ],
};

let r: ImportResult;
before(async () => { ({ r } = await importLayout(doc, { ...typesetStyle, tableRules: 'under' }, '2010')); });
after(closePrinter);

const blocks = () => r.official.chapters.flatMap((c) => c.blocks);

test('the first table keeps its header row and runs on over the page, header once', () => {
  const figures = blocks().filter((b): b is OfficialFigure => b.kind === 'figure');
  assert.deepEqual(figures.map((f) => [f.caption, f.page, f.lastPage ?? f.page]), [['Table 1: Season planner', 1, 2], ['Table 2: Beds', 2, 2]]);
  assert.deepEqual(figures[0].rows, [HEADER, ...rows(1, 30)]);
  assert.deepEqual(figures[1].rows, BEDS);
});

test('the paragraph the table interrupted keeps its continuation, and no row is read as text', () => {
  const p = blocks().filter((b): b is OfficialParagraph => b.kind === 'para');
  assert.deepEqual(p.map((x) => x.number), ['1.1', '1.2', '1.3']);
  assert.equal(p[1].text, 'Each keeper plans the year ahead. Before the table below, the coordinator agrees the plan with every keeper at the spring meeting.');
  assert.ok(!blocks().some((b) => b.kind === 'text' || b.kind === 'heading'));
  assert.deepEqual(r.warnings.filter((w) => !/contents/i.test(w.message)), []);
});
