import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LaidOutPage } from '../../src/official/furniture.ts';
import { toLines } from '../../src/official/lines.ts';
import type { Shape } from '../../src/official/pdf-graphics.ts';
import type { TextItem } from '../../src/official/pdf-text.ts';
import { findRegions } from '../../src/official/regions.ts';

// A chart squeezed against the foot of its page: its boxes overlap. Under a chart's caption they
// are still the chart (marked crowded, so the import warns that its words may be out of order);
// the same boxes with no caption above them are not taken for a chart.
const item = (str: string, x: number, y: number, size = 11, font = 'f'): TextItem => ({ str, x, y, width: str.length * size * 0.5, size, font, bold: font === 'b' });
const box = (x0: number, y0: number, x1: number, y1: number): Shape => ({ x0, y0, x1, y1, kind: 'path', fill: '#729fcf', stroke: '#3465a4', lineWidth: 0.75 });

function page(caption: string): LaidOutPage {
  const items = [
    ...Array.from({ length: 6 }, (_, i) => item(`Line ${i + 1} of the running text, long enough to count as the body of the page.`, 72, 700 - i * 15)),
    item(caption, 72, 560, 11, caption.startsWith('Flowchart') ? 'b' : 'f'),
    item('A member asks to borrow', 100, 500, 12), item('The keeper checks the book', 300, 470, 12),
    item('The ladder is signed out', 100, 455, 12), item('It comes back', 300, 440, 12),
  ];
  const p = { index: 1, width: 595, height: 842, items, shapes: [box(95, 450, 255, 520), box(295, 430, 455, 490), box(95, 440, 255, 470)], badGlyphs: 0 };
  return { index: 1, printed: 1, numbered: true, inferred: false, width: 595, height: 842, body: toLines(p), footnoteLines: [], shapes: p.shapes };
}

test('overlapping boxes under a chart’s caption are one crowded chart', () => {
  const r = findRegions(page('Flowchart 1: Lending a ladder'), 11, 450, 'f');
  assert.equal(r.flowcharts.length, 1);
  assert.equal(r.flowcharts[0].crowded, true);
  assert.equal(r.flowcharts[0].nodes.length, 3);
});

test('the same boxes under an ordinary line are not taken for a chart', () => {
  assert.equal(findRegions(page('The keepers meet each spring to agree the rota.'), 11, 450, 'f').flowcharts.length, 0);
});
