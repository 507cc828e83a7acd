/**
 * A page's drawing operators (pdfjs getOperatorList) -> the shapes painted on it: rectangles, line
 * segments and other paths, each with its fill and stroke, in page points from the bottom-left.
 *
 * In pdfjs-dist 6.5 a path is one `constructPath` operator whose arguments are
 * [paint op, [path data], bounding box]: the paint op says whether it is filled (fill, eoFill),
 * stroked (stroke, closeStroke), both, or only a clip (endPath); the path data is a flat list of
 * drawing commands (moveTo 0, lineTo 1, curveTo 2, quadraticCurveTo 3, closePath 4) with their
 * coordinates, before the current transformation matrix is applied.
 */

export interface Shape {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** "rect" for an axis-aligned rectangle, "line" for a straight segment, "path" for anything else. */
  kind: 'rect' | 'line' | 'path';
  /** The fill colour ("#rrggbb"), or null when not filled. */
  fill: string | null;
  /** The stroke colour, or null when not stroked. */
  stroke: string | null;
  /** The stroke width in points (0 when not stroked). */
  lineWidth: number;
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1], m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3], m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

const FILLS = new Set([22, 23, 24, 25, 26, 27]);
const STROKES = new Set([20, 21, 24, 25, 26, 27]);
/** Points per drawing command in pdfjs's path data. */
const ARITY: Record<number, number> = { 0: 2, 1: 2, 2: 6, 3: 4, 4: 0 };

/** Splits path data into subpaths of points (curves keep only their end points but mark the subpath curved). */
function subpaths(data: ArrayLike<number>, m: Matrix): { points: [number, number][]; curved: boolean }[] {
  const out: { points: [number, number][]; curved: boolean }[] = [];
  let cur: { points: [number, number][]; curved: boolean } | undefined;
  for (let i = 0; i < data.length;) {
    const op = data[i++];
    const n = ARITY[op];
    if (n === undefined) break;
    const args = Array.from({ length: n }, (_, k) => data[i + k]);
    i += n;
    if (op === 0) out.push((cur = { points: [apply(m, args[0], args[1])], curved: false }));
    else if (op === 4) { if (cur && cur.points.length) cur.points.push(cur.points[0]); }
    else if (cur) { cur.points.push(apply(m, args[n - 2], args[n - 1])); if (op !== 1) cur.curved = true; }
  }
  return out;
}

function classify(points: [number, number][], curved: boolean): Shape['kind'] {
  if (curved) return 'path';
  const uniq = points.filter((p, i) => i === 0 || Math.hypot(p[0] - points[i - 1][0], p[1] - points[i - 1][1]) > 0.01);
  if (uniq.length === 2) return 'line';
  const closed = uniq.length === 5 && Math.hypot(uniq[0][0] - uniq[4][0], uniq[0][1] - uniq[4][1]) < 0.5;
  if (uniq.length === 4 || closed) {
    const pts = uniq.slice(0, 4);
    const axis = pts.every((p, k) => { const q = pts[(k + 1) % 4]; return Math.abs(p[0] - q[0]) < 0.5 || Math.abs(p[1] - q[1]) < 0.5; });
    if (axis) return 'rect';
  }
  return 'path';
}

/** Every shape painted on a page, offset by the page's view origin. */
export function shapesOf(ops: { fnArray: number[]; argsArray: unknown[][] }, OPS: Record<string, number>, origin: [number, number]): Shape[] {
  const shapes: Shape[] = [];
  let ctm: Matrix = [1, 0, 0, 1, -origin[0], -origin[1]];
  let state = { fill: '#000000' as string | null, stroke: '#000000' as string | null, lineWidth: 1 };
  const stack: { ctm: Matrix; state: typeof state }[] = [];
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as any[];
    if (fn === OPS.save) stack.push({ ctm, state: { ...state } });
    else if (fn === OPS.restore) { const s = stack.pop(); if (s) ({ ctm, state } = s); }
    else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.setFillRGBColor) state.fill = String(args[0]).toLowerCase();
    else if (fn === OPS.setStrokeRGBColor) state.stroke = String(args[0]).toLowerCase();
    else if (fn === OPS.setFillColorN) state.fill = '#pattern';
    else if (fn === OPS.setFillTransparent) state.fill = null;
    else if (fn === OPS.setStrokeTransparent) state.stroke = null;
    else if (fn === OPS.setLineWidth) state.lineWidth = Number(args[0]) || 0;
    else if (fn === OPS.setGState) {
      for (const [k, v] of (args[0] ?? []) as [string, unknown][]) if (k === 'LW') state.lineWidth = Number(v) || 0;
    } else if (fn === OPS.constructPath) {
      const [paint, data] = args as [number, ArrayLike<number>[]];
      const filled = FILLS.has(paint) && state.fill !== null;
      const stroked = STROKES.has(paint) && state.stroke !== null;
      if (!filled && !stroked) continue;
      const scale = Math.hypot(ctm[0], ctm[1]) || 1;
      for (const sp of subpaths(data?.[0] ?? [], ctm)) {
        if (sp.points.length < 2) continue;
        const xs = sp.points.map((p) => p[0]);
        const ys = sp.points.map((p) => p[1]);
        shapes.push({
          x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys),
          kind: classify(sp.points, sp.curved), fill: filled ? state.fill : null, stroke: stroked ? state.stroke : null,
          lineWidth: stroked ? state.lineWidth * scale : 0,
        });
      }
    }
  }
  return shapes;
}
