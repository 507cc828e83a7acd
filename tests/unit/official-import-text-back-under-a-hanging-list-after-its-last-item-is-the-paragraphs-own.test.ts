import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Line } from '../../src/official/lines.ts';
import { BodyBuilder } from '../../src/official/lists.ts';
import { flattenBody } from '../../src/official/types.ts';

// A list whose wrapped lines line up with their text (a hanging indent) never wraps back under its
// labels: a line there after the last item, even straight after a full line, is the paragraph's own
// text again. A list that does wrap under its labels keeps such a line in the item.
const SIZE = 10;
const line = (x: number, text: string, label?: string): Line => {
  const segs = label ? [{ x, text: label }, { x: x + 25, text }] : [{ x, text }];
  const segments = segs.map((s) => ({ x: s.x, xEnd: s.x + s.text.length * 5, text: s.text, bold: false, items: [{ str: s.text, x: s.x, y: 0, width: s.text.length * 5, size: SIZE, font: 'f', bold: false }] }));
  return { page: 1, y: 0, x, xEnd: segments.at(-1)!.xEnd, size: SIZE, font: 'f', bold: false, allBold: false, items: segments.flatMap((s) => s.items), text: segs.map((s) => s.text).join(' '), segments };
};

const read = (lines: Line[]) => {
  const b = new BodyBuilder(SIZE);
  b.text('The keeper checks:');
  for (const l of lines) b.line(l, 100, true);
  return b.result();
};

test('after a hanging list, a line under the labels is the paragraph’s text, not the last item’s', () => {
  const body = read([
    line(100, 'the ladder’s rungs and feet before every loan;', '(a)'),
    line(100, 'the loan book, signed by the borrower, which', '(b)'),
    line(125, 'stays in the store.'),
    line(100, 'Anything broken is set aside for repair.'),
  ]);
  assert.deepEqual(body.map((p) => p.kind), ['text', 'list', 'text']);
  assert.equal(flattenBody(body), 'The keeper checks: (a) the ladder’s rungs and feet before every loan; (b) the loan book, signed by the borrower, which stays in the store. Anything broken is set aside for repair.');
});

test('in a list that wraps back under its labels, such a line carries on the item', () => {
  const body = read([
    line(100, 'the ladder’s rungs and feet before every loan;', '(a)'),
    line(100, 'the loan book, signed by the borrower, which', '(b)'),
    line(100, 'stays in the store.'),
  ]);
  assert.deepEqual(body.map((p) => p.kind), ['text', 'list']);
  const list = body[1];
  assert.ok(list.kind === 'list');
  assert.deepEqual(list.items[1].body, [{ kind: 'text', text: 'the loan book, signed by the borrower, which stays in the store.' }]);
});
