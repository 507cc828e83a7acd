import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layOut } from '../../src/official/furniture.ts';
import { toLines } from '../../src/official/lines.ts';
import type { Shape } from '../../src/official/pdf-graphics.ts';
import type { PdfPage, TextItem } from '../../src/official/pdf-text.ts';

// A chart's boxes pushed down to the foot of the page, their text printed below and beside the page
// number: the page number is still read (text inside drawn boxes is passed over when looking for
// it), so the page's number is printed, not worked out from its neighbours, and the boxes' words stay.
const item = (str: string, x: number, y: number, size = 11): TextItem => ({ str, x, y, width: str.length * size * 0.5, size, font: 'f', bold: false });
const box = (x0: number, y0: number, x1: number, y1: number): Shape => ({ x0, y0, x1, y1, kind: 'rect', fill: null, stroke: '#000000', lineWidth: 0.75 });

function page(index: number, chart: boolean, footer = (n: number) => String(n)): PdfPage {
  const items = [item('A made-up guide', 300, 800, 9), ...Array.from({ length: 8 }, (_, i) => item(`Line ${i + 1} of the running text on page ${index}, long enough to count as body text.`, 72, 740 - i * 15)), item(footer(index), 270, 40, 9)];
  if (chart) items.push(item('The keeper signs the ladder out', 80, 60, 12), item('The ladder comes back', 300, 38.5, 12), item('and is checked', 320, 14, 12));
  return { index, width: 595, height: 842, items, shapes: chart ? [box(70, 50, 280, 80), box(310, 5, 520, 45)] : [], badGlyphs: 0 };
}

test('a page number among a chart’s boxes at the foot of the page is read, and the boxes’ words stay', () => {
  const pages = [page(1, false), page(2, true), page(3, false)];
  const laid = layOut(pages, pages.map(toLines));
  assert.deepEqual(laid.pages.map((p) => [p.printed, p.numbered, p.inferred]), [[1, true, false], [2, true, false], [3, true, false]]);
  assert.deepEqual(laid.warnings, []);
  const texts = laid.pages[1].body.map((l) => l.text);
  assert.ok(!texts.includes('2'), 'the page number is not body text');
  assert.ok(texts.includes('The ladder comes back') && texts.includes('and is checked'), texts.join(' | '));
});

test('a page number printed across a box’s text, on almost the same baseline, is still a line of its own', () => {
  const footer = (n: number) => `Page ${n} of 3`;
  const pages = [page(1, false, footer), page(2, true, footer), page(3, false, footer)];
  const laid = layOut(pages, pages.map(toLines));
  assert.deepEqual(laid.pages.map((p) => [p.printed, p.numbered]), [[1, true], [2, true], [3, true]]);
  assert.ok(laid.pages[1].body.some((l) => l.text === 'The ladder comes back'));
});
