import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toLines } from '../../src/official/lines.ts';
import { numberAtStart, opensParagraph, placement, Sequence } from '../../src/official/paragraph-numbers.ts';
import type { TextItem } from '../../src/official/pdf-text.ts';

/** One line of text items at x positions (11 pt, 5.5 pt per character). */
const line = (...parts: [number, string][]) => toLines({ index: 1, width: 595, height: 842, shapes: [], badGlyphs: 0, items: parts.map(([x, str]): TextItem => ({ str, x, y: 500, width: str.length * 5.5, size: 11, font: 'f', bold: false })) })[0];

test('a number hanging in the margin, set apart by a tab, or run into its text is read with the text after it', () => {
  assert.deepEqual(pick(numberAtStart(line([60, '5.82'], [100, 'The keeper opens the shed.']))), ['5.82', '5', 82, 'The keeper opens the shed.', true]);
  assert.deepEqual(pick(numberAtStart(line([100, '17.'], [150, 'The keeper opens the shed.']))), ['17', '', 17, 'The keeper opens the shed.', true]);
  assert.deepEqual(pick(numberAtStart(line([100, '10.Insurance is reviewed yearly.']))), ['10', '', 10, 'Insurance is reviewed yearly.', false]);
  assert.deepEqual(pick(numberAtStart(line([100, 'A12. Annex paragraphs run apart.']))), ['A12', 'A', 12, 'Annex paragraphs run apart.', false]);
  assert.deepEqual(pick(numberAtStart(line([100, 'B.3 Forms are kept for a year.']))), ['B.3', 'B', 3, 'Forms are kept for a year.', false]);
  assert.equal(numberAtStart(line([100, '15 working days are allowed.'])), null, 'a bare number run into its text is not a paragraph number');
});

test('a number at the text edge opens a paragraph only at the start of a block and in sequence', () => {
  const seq = new Sequence();
  const at = (text: string) => numberAtStart(line([100, text]))!;
  seq.accept(at('16. The last paragraph so far.'));
  const next = at('17. The next one.');
  assert.equal(placement(next, 100, 11), 'edge');
  assert.deepEqual(opensParagraph(next, 'edge', true, true, seq), { ok: true, looked: true });
  assert.equal(numberAtStart(line([100, '2018. That pilot ran in three boroughs.'])), null, 'a wrapped line that begins with a year');
  assert.equal(opensParagraph(at('3. Three keepers agreed.'), 'edge', false, true, seq).ok, false, 'a wrapped line that begins with a small number out of sequence');
  assert.deepEqual(opensParagraph(at('212. Far off the sequence.'), 'edge', true, true, seq), { ok: false, looked: true }, 'set apart but out of sequence: warned about, not read');
});

function pick(t: ReturnType<typeof numberAtStart>) {
  return t && [t.number, t.run, t.n, t.rest, t.apart];
}
