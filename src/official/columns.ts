/**
 * Multi-column pages -> lines in reading order. A gutter is a vertical strip in the middle of the
 * text that (almost) no line crosses, with wide text on both sides at the same heights (a margin
 * of hanging paragraph numbers is narrow, so it is never taken for a column). Lines that cross the
 * gutter (a heading over both columns) split the page into bands; each band is read left column
 * first, then right. Works on any number of bands; one gutter per band.
 */
import { subLine, type Line } from './lines.ts';

export interface OrderedLine { line: Line; column: number }

const median = (v: number[]) => { const s = [...v].sort((a, b) => a - b); return s[Math.floor(s.length / 2)] ?? 0; };

export function findGutter(lines: Line[], size: number): number | null {
  if (lines.length < 6) return null;
  const x0 = Math.min(...lines.map((l) => l.x));
  const x1 = Math.max(...lines.map((l) => l.xEnd));
  const width = x1 - x0;
  if (width < size * 20) return null;
  let best: { from: number; to: number } | null = null;
  let run: { from: number; to: number } | null = null;
  for (let x = x0 + width * 0.25; x <= x0 + width * 0.75; x += 1) {
    const crossing = lines.filter((l) => l.segments.some((s) => s.x < x && s.xEnd > x)).length;
    if (crossing <= lines.length * 0.2) { run = run ? { from: run.from, to: x } : { from: x, to: x }; if (!best || run.to - run.from > best.to - best.from) best = { ...run }; }
    else run = null;
  }
  if (!best || best.to - best.from < size * 0.6) return null;
  const g = (best.from + best.to) / 2;
  const left = lines.flatMap((l) => l.segments.filter((s) => s.xEnd <= g)).map((s) => s.xEnd - s.x);
  const right = lines.flatMap((l) => l.segments.filter((s) => s.x >= g)).map((s) => s.xEnd - s.x);
  if (left.length < 3 || right.length < 3) return null;
  if (median(left) < width * 0.25 || median(right) < width * 0.25) return null;
  const ys = (side: 'l' | 'r') => lines.filter((l) => l.segments.some((s) => (side === 'l' ? s.xEnd <= g : s.x >= g))).map((l) => l.y);
  const [ly, ry] = [ys('l'), ys('r')];
  const overlap = Math.min(Math.max(...ly), Math.max(...ry)) - Math.max(Math.min(...ly), Math.min(...ry));
  const span = Math.min(Math.max(...ly) - Math.min(...ly), Math.max(...ry) - Math.min(...ry));
  return overlap >= span * 0.5 && span > 0 ? g : null;
}

/** A page's lines in reading order, each with its column (0 when the page is one column). */
export function readingOrder(lines: Line[], size: number): OrderedLine[] {
  const sorted = [...lines].sort((a, b) => b.y - a.y || a.x - b.x);
  const g = findGutter(sorted.filter((l) => Math.abs(l.size - size) < size * 0.25), size);
  if (g === null) return sorted.map((line) => ({ line, column: 0 }));
  const out: OrderedLine[] = [];
  let left: Line[] = [];
  let right: Line[] = [];
  const flush = () => { out.push(...left.map((line) => ({ line, column: 1 })), ...right.map((line) => ({ line, column: 2 }))); left = []; right = []; };
  for (const l of sorted) {
    const l1 = l.segments.filter((s) => s.xEnd <= g);
    const r1 = l.segments.filter((s) => s.x >= g);
    if (l1.length + r1.length < l.segments.length) { flush(); out.push({ line: l, column: 0 }); continue; }
    if (l1.length) left.push(subLine(l, l1));
    if (r1.length) right.push(subLine(l, r1));
  }
  flush();
  return out;
}
