import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ImportResult } from '../../src/official/import-pdf.ts';
import type { OfficialFigure } from '../../src/official/types.ts';
import { closePrinter } from '../fixtures/official/print-pdf.ts';
import { importLayout } from '../fixtures/official/layouts/import-layout.ts';
import type { Doc } from '../fixtures/official/layouts/model.ts';
import { wordStyle } from '../fixtures/official/layouts/word.ts';
import { say } from '../fixtures/official/layouts/words.ts';

// A flowchart drawn as separate bordered text frames, as a word processor anchors them to a
// paragraph: its caption set well above the boxes, two boxes side by side on one baseline, the
// last boxes down by the page number, text wrapping inside them. It is one flowchart figure with
// its caption, its words box by box in reading order; the page number is still read, nothing is
// left as text and there is no warning.
const STEPS = [
  'A member asks the keeper to borrow the long ladder',
  'The keeper checks the loan book for earlier faults',
  'The ladder is signed out with a return date',
  'A second keeper is told when it is due back',
  'The ladder comes back and is checked rung by rung',
];

const doc: Doc = {
  title: 'Lending a ladder',
  pages: [
    { printed: '1', blocks: [{ kind: 'h1', text: '1. Lending' }, { kind: 'para', n: '1.', text: say(3, 2) }, { kind: 'para', n: '2.', text: say(8, 2) }] },
    {
      printed: '2',
      blocks: [
        { kind: 'para', n: '3.', text: say(11, 2) },
        { kind: 'flowchart', caption: 'Flowchart 1: Lending a ladder', steps: STEPS, drop: 25, places: [[5, 0], [50, 22], [5, 48], [50, 48], [28, 84]] },
      ],
    },
    { printed: '3', blocks: [{ kind: 'para', n: '4.', text: say(14, 2) }] },
  ],
};

let r: ImportResult;
before(async () => { ({ r } = await importLayout(doc, wordStyle, '2023')); });
after(closePrinter);

const blocks = () => r.official.chapters.flatMap((c) => c.blocks);

test('the boxes are one flowchart with its caption, read box by box in reading order', () => {
  const figures = blocks().filter((b): b is OfficialFigure => b.kind === 'figure');
  assert.deepEqual(figures.map((f) => [f.figure, f.caption, f.page]), [['flowchart', 'Flowchart 1: Lending a ladder', 2]]);
  assert.deepEqual(figures[0].lines, STEPS);
});

test('nothing of the chart is left as text or boxes, the page number is read and there is no warning', () => {
  assert.deepEqual(blocks().filter((b) => b.kind !== 'figure' && b.kind !== 'para').map((b) => b.kind), []);
  assert.deepEqual(blocks().flatMap((b) => (b.kind === 'para' ? [[b.number, b.page]] : [])), [['1', 1], ['2', 1], ['3', 2], ['4', 3]]);
  assert.deepEqual(r.warnings.filter((w) => !/contents/i.test(w.message)), []);
});
