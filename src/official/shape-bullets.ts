/**
 * Bullets drawn as shapes (a small filled disc or square just left of a line, as browsers and some
 * layout programs print list markers) become a "•" at the start of that line, like a bullet glyph.
 */
import type { LaidOutPage } from './furniture.ts';
import type { Segment } from './lines.ts';

export function markShapeBullets(page: LaidOutPage, size: number): void {
  const dots = page.shapes.filter((s) => s.fill && s.x1 - s.x0 <= size * 0.6 && s.y1 - s.y0 <= size * 0.6 && s.x1 - s.x0 >= size * 0.12 && Math.abs((s.x1 - s.x0) - (s.y1 - s.y0)) <= size * 0.15);
  if (!dots.length) return;
  for (const l of page.body) {
    const dot = dots.find((d) => d.x1 <= l.x && l.x - d.x1 <= l.size * 2 && d.y0 >= l.y - l.size * 0.2 && d.y1 <= l.y + l.size * 0.9);
    if (!dot) continue;
    const seg: Segment = { x: dot.x0, xEnd: dot.x1, text: '•', items: [{ str: '•', x: dot.x0, y: l.y, width: dot.x1 - dot.x0, size: l.size, font: l.font, bold: false }], bold: false };
    l.segments = [seg, ...l.segments];
    l.items = [...seg.items, ...l.items];
    l.text = `• ${l.text}`;
    l.x = dot.x0;
  }
}
