/**
 * Shapes -> what they mean on a text page: horizontal and vertical rules (stroked lines, thin filled
 * rectangles and the edges of stroked rectangles, snapped and joined where they touch, as
 * pdfplumber's table finder does), shaded rectangles, outlined rectangles and thick vertical bars.
 * Sizes are relative to the body type size.
 */
import type { Shape } from './pdf-graphics.ts';

export interface Rect { x0: number; y0: number; x1: number; y1: number }
export interface HRule { y: number; x0: number; x1: number }
export interface VRule { x: number; y0: number; y1: number }

export interface Drawing {
  h: HRule[];
  v: VRule[];
  /** Filled rectangles in a colour other than white: shading. */
  fills: (Rect & { colour: string })[];
  /** Stroked rectangles (outlines). */
  frames: Rect[];
  /** Filled or stroked vertical bars thicker than a rule, taller than a couple of lines. */
  bars: Rect[];
  /** Other shapes: arrows, curves, connectors. */
  other: Rect[];
}

const WHITE = /^#f[c-f]f[c-f]f[c-f]$/;

/** Reads a page's shapes, ignoring white paint and anything covering most of the page (a background). */
export function readDrawing(shapes: Shape[], page: { width: number; height: number }, size: number): Drawing {
  const thin = Math.max(1.5, size * 0.22);
  const d: Drawing = { h: [], v: [], fills: [], frames: [], bars: [], other: [] };
  for (const s of shapes) {
    const w = s.x1 - s.x0;
    const h = s.y1 - s.y0;
    if (w * h > page.width * page.height * 0.8) continue;
    const fillColour = s.fill && !WHITE.test(s.fill) ? s.fill : null;
    const strokeColour = s.stroke && !WHITE.test(s.stroke) ? s.stroke : null;
    if (!fillColour && !strokeColour) continue;
    // A thick upright stroke beside text is a box's side bar, however short (a box's last line at the foot of a page).
    if (s.kind === 'line' && w <= thin && h >= size && s.lineWidth >= Math.max(2, size * 0.2)) { d.bars.push({ x0: s.x0 - s.lineWidth / 2, y0: s.y0, x1: s.x1 + s.lineWidth / 2, y1: s.y1 }); continue; }
    if (s.kind === 'line' || (s.kind === 'rect' && (w <= thin || h <= thin))) {
      if (h <= thin && w >= size * 0.8) d.h.push({ y: (s.y0 + s.y1) / 2, x0: s.x0, x1: s.x1 });
      else if (w <= thin && h >= size * 0.8) d.v.push({ x: (s.x0 + s.x1) / 2, y0: s.y0, y1: s.y1 });
      else if (s.kind === 'line') d.other.push(s);
      continue;
    }
    if (s.kind !== 'rect') { d.other.push(s); continue; }
    if (fillColour && w <= size * 0.9 && h >= size * 2) { d.bars.push(s); continue; }
    if (fillColour) d.fills.push({ x0: s.x0, y0: s.y0, x1: s.x1, y1: s.y1, colour: fillColour });
    if (strokeColour) {
      d.frames.push(s);
      d.h.push({ y: s.y0, x0: s.x0, x1: s.x1 }, { y: s.y1, x0: s.x0, x1: s.x1 });
      d.v.push({ x: s.x0, y0: s.y0, y1: s.y1 }, { x: s.x1, y0: s.y0, y1: s.y1 });
    }
  }
  const tol = Math.max(1, size * 0.25);
  d.h = join(d.h.map((r) => ({ at: r.y, a: r.x0, b: r.x1 })), tol).map((r) => ({ y: r.at, x0: r.a, x1: r.b }));
  d.v = join(d.v.map((r) => ({ at: r.x, a: r.y0, b: r.y1 })), tol).map((r) => ({ x: r.at, y0: r.a, y1: r.b }));
  // A vertical rule that no horizontal rule touches may be a bar down the side of a box (boxes.ts checks the text beside it).
  for (const r of d.v.filter((v) => v.y1 - v.y0 >= size * 2)) {
    const touched = d.h.some((h) => h.y > r.y0 - tol && h.y < r.y1 + tol && h.x0 < r.x + tol && h.x1 > r.x - tol);
    if (!touched) d.bars.push({ x0: r.x - 1, y0: r.y0, x1: r.x + 1, y1: r.y1 });
  }
  return d;
}

/** Snaps collinear segments (within tol) to one line and joins those that touch or overlap. */
function join(segs: { at: number; a: number; b: number }[], tol: number) {
  const sorted = [...segs].sort((p, q) => p.at - q.at);
  const lines: { at: number; segs: { a: number; b: number }[] }[] = [];
  for (const s of sorted) {
    const last = lines.at(-1);
    if (last && Math.abs(s.at - last.at) <= tol) last.segs.push(s);
    else lines.push({ at: s.at, segs: [s] });
  }
  return lines.flatMap((l) => {
    const out: { at: number; a: number; b: number }[] = [];
    for (const s of l.segs.sort((p, q) => p.a - q.a)) {
      const prev = out.at(-1);
      if (prev && s.a <= prev.b + tol) prev.b = Math.max(prev.b, s.b);
      else out.push({ at: l.at, a: s.a, b: s.b });
    }
    return out;
  });
}

/** True when the rectangles overlap (with a margin). */
export const overlaps = (a: Rect, b: Rect, m = 0) => a.x0 < b.x1 + m && b.x0 < a.x1 + m && a.y0 < b.y1 + m && b.y0 < a.y1 + m;
/** The smallest rectangle holding all. */
export const union = (rs: Rect[]): Rect => ({ x0: Math.min(...rs.map((r) => r.x0)), y0: Math.min(...rs.map((r) => r.y0)), x1: Math.max(...rs.map((r) => r.x1)), y1: Math.max(...rs.map((r) => r.y1)) });
