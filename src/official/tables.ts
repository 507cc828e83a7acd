/**
 * Tables on a page, found from their rules (the lines-strategy of pdfplumber's table finder, learnt
 * from, not copied): rules that touch form a grid; a grid with two or more columns whose outer rules
 * span it is a table, its cells read from the text inside. A table drawn with horizontal rules only
 * (no verticals) is a table when the text between them stands in columns.
 */
import { isCaption } from './captions.ts';
import { textOf, type Line } from './lines.ts';
import { union, type Drawing, type HRule, type Rect, type VRule } from './rules.ts';

export interface TableRegion extends Rect {
  /** Column boundaries, left to right (n+1 for n columns). */
  cols: number[];
  /** Row boundaries, top to bottom (n+1 for n rows), or [] when rows follow the text lines. */
  rows: number[];
}

const distinct = (values: number[], tol: number) => values.sort((a, b) => a - b).reduce<number[]>((out, v) => (out.length && v - out[out.length - 1] <= tol ? out : [...out, v]), []);

/** Groups rules that touch or cross into connected sets. */
function components(h: HRule[], v: VRule[], tol: number): { h: HRule[]; v: VRule[] }[] {
  const parent = [...h, ...v].map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  h.forEach((a, i) => v.forEach((b, j) => {
    if (b.x >= a.x0 - tol && b.x <= a.x1 + tol && a.y >= b.y0 - tol && a.y <= b.y1 + tol) parent[find(i)] = find(h.length + j);
  }));
  const groups = new Map<number, { h: HRule[]; v: VRule[] }>();
  h.forEach((r, i) => { const g = groups.get(find(i)) ?? { h: [], v: [] }; g.h.push(r); groups.set(find(i), g); });
  v.forEach((r, j) => { const g = groups.get(find(h.length + j)) ?? { h: [], v: [] }; g.v.push(r); groups.set(find(h.length + j), g); });
  return [...groups.values()];
}

const rectOf = (g: { h: HRule[]; v: VRule[] }): Rect => union([...g.h.map((r) => ({ x0: r.x0, x1: r.x1, y0: r.y, y1: r.y })), ...g.v.map((r) => ({ x0: r.x, x1: r.x, y0: r.y0, y1: r.y1 }))]);

/** Ruled grids with at least two columns, and the frames (one-column outlines) left over. */
export function findGrids(d: Drawing, size: number, exclude: Rect[]): { tables: TableRegion[]; frames: Rect[] } {
  const tol = Math.max(1.5, size * 0.3);
  const free = (r: { x0?: number; x?: number; y?: number; y0?: number }) => !exclude.some((e) => {
    const x = r.x ?? r.x0!; const y = r.y ?? r.y0!;
    return x >= e.x0 - tol && x <= e.x1 + tol && y >= e.y0 - tol && y <= e.y1 + tol;
  });
  const tables: TableRegion[] = [];
  const frames: Rect[] = [];
  for (const g of components(d.h.filter(free), d.v.filter(free), tol)) {
    if (g.v.length < 2 || g.h.length < 2) continue;
    const box = rectOf(g);
    const width = box.x1 - box.x0;
    const height = box.y1 - box.y0;
    if (height < size * 1.2 || width < size * 3) continue;
    const spansWidth = (y: number) => g.h.some((r) => Math.abs(r.y - y) <= tol && r.x1 - r.x0 >= width * 0.8);
    const spansHeight = (x: number) => g.v.some((r) => Math.abs(r.x - x) <= tol && r.y1 - r.y0 >= height * 0.8);
    const closed = (spansWidth(box.y0) && spansWidth(box.y1)) || (spansHeight(box.x0) && spansHeight(box.x1));
    if (!closed) continue;
    const cols = distinct(g.v.filter((r) => r.y1 - r.y0 >= size * 0.8).map((r) => r.x), tol);
    if (cols.length >= 3) tables.push({ ...box, cols, rows: distinct(g.h.map((r) => r.y), tol).reverse() });
    else frames.push(box);
  }
  return { tables, frames };
}

/**
 * Horizontal rules alone (three or more stacked, of one width) with columned text between them; a
 * row ruled only on one side, at the top or foot of the stack, is taken in.
 */
export function findRuledRows(d: Drawing, lines: Line[], size: number, taken: Rect[]): TableRegion[] {
  const tol = size * 1.5;
  const loose = d.h.filter((r) => !taken.some((t) => r.y >= t.y0 - 2 && r.y <= t.y1 + 2 && r.x0 < t.x1 && r.x1 > t.x0)).sort((a, b) => b.y - a.y);
  const out: TableRegion[] = [];
  let run: HRule[] = [];
  const flush = () => {
    if (run.length >= 3) {
      const box = { x0: Math.min(...run.map((r) => r.x0)), x1: Math.max(...run.map((r) => r.x1)), y0: run.at(-1)!.y, y1: run[0].y };
      const rows = run.map((r) => r.y);
      // Rows ruled only below (or only above): the first row stands above the top rule (or the last
      // below the bottom one), within a row's height, its cells in columns.
      const pitch = (box.y1 - box.y0) / (run.length - 1);
      const across = (l: Line) => l.segments.length >= 2 && l.x >= box.x0 - size && l.x < box.x1;
      const over = lines.filter((l) => across(l) && l.y > box.y1 && l.y - box.y1 < pitch).sort((a, b) => a.y - b.y)[0];
      if (over) { box.y1 = over.y + over.size; rows.unshift(box.y1); }
      const under = lines.filter((l) => across(l) && l.y < box.y0 && box.y0 - l.y < pitch).sort((a, b) => b.y - a.y)[0];
      if (under) { box.y0 = under.y - under.size * 0.5; rows.push(box.y0); }
      const inside = lines.filter((l) => l.y > box.y0 && l.y < box.y1 && l.x >= box.x0 - size && l.x < box.x1);
      const columned = inside.filter((l) => l.segments.length >= 2).length;
      if (inside.length && columned >= inside.length * 0.5) out.push({ ...box, cols: columnsFromText(inside, box, size), rows });
    }
    run = [];
  };
  for (const r of loose) {
    const last = run.at(-1);
    // A gap beyond the usual row with running text or a caption in it (between two tables) ends the run.
    const steps = run.slice(1).map((q, i) => run[i].y - q.y).sort((a, b) => a - b);
    const reach = steps.length ? Math.max(steps[Math.floor(steps.length / 2)] * 1.5, size * 2) : size * 10;
    const between = last ? lines.filter((l) => l.y < last.y && l.y > r.y) : [];
    const prose = between.some((l) => isCaption(l, '', true) || (l.segments.length === 1 && Math.abs(l.x - last!.x0) <= size && l.xEnd - l.x > (last!.x1 - last!.x0) * 0.6));
    if (last && (Math.abs(r.x0 - last.x0) > tol || Math.abs(r.x1 - last.x1) > tol || last.y - r.y > size * 10 || (last.y - r.y > reach && prose))) flush();
    if (r.x1 - r.x0 >= size * 10) run.push(r);
  }
  flush();
  return out;
}

/** Column boundaries from where the text's segments start. */
export function columnsFromText(lines: Line[], box: Rect, size: number): number[] {
  const starts = distinct(lines.flatMap((l) => l.segments.map((s) => s.x)), size * 1.2);
  const counted = starts.filter((x) => lines.filter((l) => l.segments.some((s) => Math.abs(s.x - x) <= size * 1.2)).length >= Math.min(2, lines.length));
  const edges = (counted.length ? counted : starts).map((x, i) => (i === 0 ? box.x0 : x - size * 0.3));
  return [...edges, box.x1];
}

/** Which boundary interval a coordinate falls in (clamped to the first and last). */
const band = (edges: number[], v: number, descending: boolean) => {
  for (let i = 1; i < edges.length - 1; i++) if (descending ? v > edges[i] : v < edges[i]) return i - 1;
  return Math.max(0, edges.length - 2);
};

/** A table's cells, row by row, from the text items inside it; rows with no text are dropped. */
export function readCells(t: TableRegion, lines: Line[], join: (a: string, b: string) => string): string[][] {
  const ncols = t.cols.length - 1;
  const byRow = new Map<number, string[]>();
  lines.forEach((l, i) => {
    const r = t.rows.length >= 3 ? band(t.rows, l.y + l.size * 0.3, true) : i;
    const row = byRow.get(r) ?? Array.from({ length: ncols }, () => '');
    const cells = new Map<number, typeof l.items>();
    for (const it of l.items) { const c = band(t.cols, it.x + 0.5, false); cells.set(c, [...(cells.get(c) ?? []), it]); }
    for (const [c, items] of cells) row[c] = join(row[c], textOf(items, l.size, l.y));
    byRow.set(r, row);
  });
  return [...byRow.entries()].sort((a, b) => a[0] - b[0]).map(([, row]) => row.map((c) => c.trim())).filter((row) => row.some(Boolean));
}
