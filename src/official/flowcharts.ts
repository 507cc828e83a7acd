/**
 * Flowcharts and diagrams on a page: three or more separate outlined or shaded shapes (rectangles,
 * rounded boxes) each holding a little text, standing apart rather than tiling like table cells,
 * narrower than the text or side by side. Their region takes in the connectors between them.
 */
import type { Line } from './lines.ts';
import { overlaps, union, type Drawing, type Rect } from './rules.ts';

const holds = (r: Rect, l: Line, m: number) => l.y + l.size * 0.3 >= r.y0 - m && l.y <= r.y1 + m && l.x >= r.x0 - m && l.x < r.x1;

export function findFlowcharts(d: Drawing, lines: Line[], size: number, textWidth: number): Rect[] {
  const tol = Math.max(1.5, size * 0.3);
  const nodes = [...d.frames, ...d.fills, ...d.other]
    .filter((r) => r.x1 - r.x0 >= size * 2 && r.y1 - r.y0 >= size * 1.2)
    .filter((r) => { const n = lines.filter((l) => holds(r, l, tol)).length; return n >= 1 && n <= 12; });
  // One node per place (a shaded box with an outline is drawn twice).
  const uniq = nodes.filter((r, i) => !nodes.some((q, j) => j < i && Math.abs(q.x0 - r.x0) < tol && Math.abs(q.y0 - r.y0) < tol && Math.abs(q.x1 - r.x1) < tol && Math.abs(q.y1 - r.y1) < tol));
  const apart = uniq.filter((r) => !uniq.some((q) => q !== r && (overlaps(q, r, tol) && !(q.x0 <= r.x0 && q.x1 >= r.x1 && q.y0 <= r.y0 && q.y1 >= r.y1))));
  if (apart.length < 3) return [];
  const narrow = apart.filter((r) => r.x1 - r.x0 <= textWidth * 0.8).length;
  const columns = new Set(apart.map((r) => Math.round((r.x0 + r.x1) / 2 / (size * 3)))).size;
  if (narrow < apart.length * 0.66 && columns < 2) return [];
  const area = union(apart);
  const connectors = [...d.other, ...d.h.map((h) => ({ x0: h.x0, x1: h.x1, y0: h.y, y1: h.y })), ...d.v.map((v) => ({ x0: v.x, x1: v.x, y0: v.y0, y1: v.y1 }))].filter((c) => overlaps(c, area, size));
  return [union([area, ...connectors])];
}
