import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Line } from '../../src/official/lines.ts';
import type { Metrics } from '../../src/official/metrics.ts';
import { findTextTables } from '../../src/official/text-tables.ts';

// Lines as the reader gives them: runs of text (segments) split at wide gaps. Rows whose runs start
// at the same positions make a table; two columns of prose, paragraphs with numbers hanging in the
// margin, and list items after their labels never do, however their gaps line up.
const SIZE = 10;
const m: Metrics = { size: SIZE, font: 'f', leading: 12, left: { odd: 100, even: 100 }, textWidth: 400 };
const line = (y: number, runs: [number, string][]): Line => {
  const segments = runs.map(([x, text]) => ({ x, xEnd: x + text.length * 5, text, bold: false, items: [{ str: text, x, y, width: text.length * 5, size: SIZE, font: 'f', bold: false }] }));
  return { page: 1, y, x: runs[0][0], xEnd: segments.at(-1)!.xEnd, size: SIZE, font: 'f', bold: false, allBold: false, items: segments.flatMap((s) => s.items), text: runs.map((r) => r[1]).join(' '), segments };
};
const rowsOf = (runs: [number, string][][]) => runs.map((r, i) => line(700 - i * 12, r));

test('rows whose cells start at the same places are a table, cells read by column', () => {
  const t = findTextTables(rowsOf([[[100, 'Bed'], [220, 'Keeper'], [340, 'Season']], [[100, 'Bed 1'], [220, 'Asha'], [340, 'Spring']], [[100, 'Bed 2'], [220, 'Bryn'], [340, 'Summer']], [[100, 'Bed 3'], [220, 'Cerys and'], [340, 'Autumn']], [[220, 'Dev']]]), m);
  assert.equal(t.length, 1);
  assert.deepEqual(t[0].rows, [['Bed', 'Keeper', 'Season'], ['Bed 1', 'Asha', 'Spring'], ['Bed 2', 'Bryn', 'Summer'], ['Bed 3', 'Cerys and Dev', 'Autumn']]);
});

test('at the top of a page, one row lined up with the table carried over from the page before is enough', () => {
  assert.equal(findTextTables(rowsOf([[[100, 'Bed 4'], [220, 'Dev'], [340, 'Winter']]]), m).length, 0, 'alone, one row is no table');
  const t = findTextTables([...rowsOf([[[100, 'Bed 4'], [220, 'Dev'], [340, 'Winter']]]), line(660, [[100, 'The keeper signs the book at the end of each visit.']])], m, { cols: [100, 220, 340] });
  assert.deepEqual(t.map((x) => x.rows), [[['Bed 4', 'Dev', 'Winter']]]);
});

test('two columns of justified prose are not a table, even where wide word gaps split a line', () => {
  const prose = rowsOf([
    [[100, 'Allotment: a plot of land let to one'], [300, 'of the neighbouring sites and the rules for']],
    [[100, 'member, who tends it for a season and'], [300, 'sharing']], // a justified line split at a wide word gap
    [[100, 'returns the tools to the shed at dusk.'], [300, 'water between them in a dry summer.']],
    [[100, 'Compost: the heap at the end of each'], [300, 'Mulch: a layer laid over the soil to keep']],
  ]);
  prose[1].segments.push({ ...prose[1].segments[1], x: 380, xEnd: 440, text: 'water and' });
  assert.deepEqual(findTextTables(prose, m), []);
});

test('numbers hanging in the margin and list labels before their text are never rows', () => {
  const lines = rowsOf([
    [[70, '1.1'], [100, 'The keeper opens the store at nine.']],
    [[70, '1.2'], [100, 'The borrower signs for each tool.']],
    [[100, '(a)'], [125, 'ladders are checked rung by rung;']],
    [[100, '(b)'], [125, 'saws are sharpened each month;']],
    [[100, '•'], [125, 'and the book is read aloud.']],
  ]);
  assert.deepEqual(findTextTables(lines, m), []);
});
