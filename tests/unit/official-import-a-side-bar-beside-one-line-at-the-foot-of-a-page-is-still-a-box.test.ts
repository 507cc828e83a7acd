import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LaidOutPage } from '../../src/official/furniture.ts';
import { toLines } from '../../src/official/lines.ts';
import type { Shape } from '../../src/official/pdf-graphics.ts';
import type { TextItem } from '../../src/official/pdf-text.ts';
import { findRegions } from '../../src/official/regions.ts';

// A box marked by a thick bar down its side, broken by the page end after its title: on this page
// the bar runs beside one line only. It is still a box (so its title is not taken for a heading);
// a thin rule of the same height is not.
const item = (str: string, x: number, y: number): TextItem => ({ str, x, y, width: str.length * 5, size: 10, font: 'f', bold: false });
const bar = (lineWidth: number): Shape => ({ x0: 72.4, y0: 80.9, x1: 72.4, y1: 92.3, kind: 'line', fill: null, stroke: '#1d70b8', lineWidth });

function page(lineWidth: number): LaidOutPage {
  const items = [...Array.from({ length: 6 }, (_, i) => item(`Line ${i + 1} of the running text, long enough to count as the body of the page.`, 72, 300 - i * 14)), item('Case example', 84, 83)];
  const p = { index: 1, width: 420, height: 595, items, shapes: [bar(lineWidth)], badGlyphs: 0 };
  return { index: 1, printed: 1, numbered: true, inferred: false, width: 420, height: 595, body: toLines(p), footnoteLines: [], shapes: p.shapes };
}

test('a thick bar beside one line is a box', () => {
  assert.deepEqual(findRegions(page(3), 10, 330, 'f').boxes.map((b) => b.frame), ['bar']);
});

test('a thin rule of the same height is not', () => {
  assert.deepEqual(findRegions(page(0.6), 10, 330, 'f').boxes, []);
});
