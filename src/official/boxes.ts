/**
 * Boxed passages on a page: a shaded rectangle, an outline (a frame with no inner columns), or a bar
 * down the left of the text, each holding at least one line of text. A shaded box with an outline
 * is one box. Tables and flowcharts are found first and are not boxes.
 */
import type { Line } from './lines.ts';
import { overlaps, union, type Drawing, type Rect } from './rules.ts';

export interface BoxRegion extends Rect { frame: 'shaded' | 'border' | 'bar' }

const holds = (r: Rect, l: Line, m: number) => l.y + l.size * 0.3 >= r.y0 - m && l.y <= r.y1 + m && l.x >= r.x0 - m && l.x < r.x1;

export function findBoxes(d: Drawing, frames: Rect[], lines: Line[], size: number, taken: Rect[]): BoxRegion[] {
  const tol = Math.max(1.5, size * 0.3);
  const free = (r: Rect) => !taken.some((t) => overlaps(t, r, -tol));
  const candidates: BoxRegion[] = [];
  for (const f of d.fills.filter(free)) {
    const inside = lines.filter((l) => holds(f, l, tol));
    // Shading behind a whole line or more, not a highlighted word.
    if (inside.length && f.x1 - f.x0 >= Math.max(...inside.map((l) => l.xEnd - l.x)) * 0.9) candidates.push({ ...f, frame: 'shaded' });
  }
  const outlines = [...frames, ...d.other.filter((o) => o.x1 - o.x0 >= size * 10 && o.y1 - o.y0 >= size * 2)];
  for (const f of outlines.filter(free)) if (lines.some((l) => holds(f, l, tol))) candidates.push({ ...f, frame: 'border' });
  for (const b of d.bars.filter(free)) {
    const beside = lines.filter((l) => l.y + l.size * 0.3 >= b.y0 - tol && l.y <= b.y1 + tol && l.x > b.x1 && l.x - b.x1 <= size * 3);
    const crowded = lines.some((l) => l.y >= b.y0 && l.y <= b.y1 && l.xEnd <= b.x0 && b.x0 - l.xEnd < size);
    if (beside.length && !crowded) candidates.push({ x0: b.x0, y0: b.y0, x1: Math.max(...beside.map((l) => l.xEnd)), y1: b.y1, frame: 'bar' });
  }
  // Overlapping candidates are one box: the outermost, shaded if any part is.
  const out: BoxRegion[] = [];
  for (const c of candidates.sort((a, b) => (b.x1 - b.x0) * (b.y1 - b.y0) - (a.x1 - a.x0) * (a.y1 - a.y0))) {
    const host = out.find((o) => overlaps(o, c, -tol));
    if (!host) { out.push({ ...c }); continue; }
    Object.assign(host, union([host, c]));
    if (c.frame === 'shaded') host.frame = 'shaded';
  }
  return out;
}

/** The box a line stands in, if any. */
export const boxOf = (boxes: BoxRegion[], l: Line, size: number) => boxes.find((b) => holds(b, l, Math.max(1.5, size * 0.3)));
