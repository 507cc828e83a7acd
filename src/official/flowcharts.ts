/**
 * Flowcharts and diagrams on a page: three or more separate outlined or shaded shapes (rectangles,
 * rounded boxes, text frames) each holding a little text, standing apart rather than tiling like
 * table cells, narrower than the text or side by side. Shapes that touch or overlap a little (a
 * chart squeezed onto the page) still stand apart; one inside another is a node in a container.
 * Their region takes in the connectors between them. Under a chart's caption two boxes will do,
 * and boxes that overlap more are its boxes too, marked crowded (their words may be out of order).
 * The chart's words are read box by box, in reading order (top to bottom, then left to right),
 * with any words outside the boxes (labels on arrows) in their place.
 */
import { joinLine } from './hyphenation.ts';
import type { Line } from './lines.ts';
import { overlaps, union, type Drawing, type Rect } from './rules.ts';

export interface Flowchart extends Rect {
  /** Its boxes, in reading order. */
  nodes: Rect[];
  /** Its boxes overlap (a chart squeezed onto its page): its words may be out of order. */
  crowded?: boolean;
}

/** How many runs of text stand inside a rectangle (two boxes side by side may share a baseline). */
const held = (r: Rect, lines: Line[], m: number) => lines.reduce((n, l) => n + (l.y + l.size * 0.3 >= r.y0 - m && l.y <= r.y1 + m ? l.segments.filter((s) => s.x >= r.x0 - m && s.x < r.x1).length : 0), 0);
const area = (r: Rect) => Math.max(0, r.x1 - r.x0) * Math.max(0, r.y1 - r.y0);
const common = (a: Rect, b: Rect) => area({ x0: Math.max(a.x0, b.x0), y0: Math.max(a.y0, b.y0), x1: Math.min(a.x1, b.x1), y1: Math.min(a.y1, b.y1) });
/** The share of the smaller rectangle that the two have in common. */
const shared = (a: Rect, b: Rect) => common(a, b) / Math.max(1e-6, Math.min(area(a), area(b)));
const contains = (q: Rect, r: Rect, m: number) => q.x0 <= r.x0 + m && q.x1 >= r.x1 - m && q.y0 <= r.y0 + m && q.y1 >= r.y1 - m;

/** Top to bottom, then left to right for boxes side by side (tops within a line of each other). */
export const byReadingOrder = (size: number) => (a: Rect, b: Rect) => (Math.abs(a.y1 - b.y1) > size ? b.y1 - a.y1 : a.x0 - b.x0);

/** captioned: the line straight above a region is a chart's caption ("Flowchart 1: ..."). */
export function findFlowcharts(d: Drawing, lines: Line[], size: number, textWidth: number, captioned: (r: Rect) => boolean = () => false): Flowchart[] {
  const tol = Math.max(1.5, size * 0.3);
  const nodes = [...d.frames, ...d.fills, ...d.other]
    .filter((r) => r.x1 - r.x0 >= size * 2 && r.y1 - r.y0 >= size * 1.2)
    .filter((r) => { const n = held(r, lines, tol); return n >= 1 && n <= 12; });
  // One node per place (a shaded box with an outline is drawn twice).
  const uniq = nodes.filter((r, i) => !nodes.some((q, j) => j < i && Math.abs(q.x0 - r.x0) < tol && Math.abs(q.y0 - r.y0) < tol && Math.abs(q.x1 - r.x1) < tol && Math.abs(q.y1 - r.y1) < tol));
  const apart = uniq.filter((r) => !uniq.some((q) => q !== r && shared(q, r) > 0.25 && !contains(q, r, tol)));
  if (apart.length < 3) {
    // Under a chart's caption, two boxes will do, and boxes that overlap (squeezed against the foot
    // of the page) are still its boxes.
    const boxes = uniq.filter((r) => r.x1 - r.x0 <= textWidth * 0.8 && !uniq.some((q) => q !== r && contains(q, r, tol) && !contains(r, q, tol)));
    if (boxes.length < 2 || !captioned(union(boxes))) return [];
    return [{ ...union(boxes), nodes: [...boxes].sort(byReadingOrder(size)), ...(apart.length < boxes.length ? { crowded: true } : {}) }];
  }
  const narrow = apart.filter((r) => r.x1 - r.x0 <= textWidth * 0.8).length;
  const columns = new Set(apart.map((r) => Math.round((r.x0 + r.x1) / 2 / (size * 3)))).size;
  if (narrow < apart.length * 0.66 && columns < 2) return [];
  const box = union(apart);
  const connectors = [...d.other, ...d.h.map((h) => ({ x0: h.x0, x1: h.x1, y0: h.y, y1: h.y })), ...d.v.map((v) => ({ x0: v.x, x1: v.x, y0: v.y0, y1: v.y1 }))].filter((c) => overlaps(c, box, size));
  return [{ ...union([box, ...connectors]), nodes: [...apart].sort(byReadingOrder(size)) }];
}

/** Words printed over other words (boxes drawn on top of each other): a wider overlap than a letter's. */
export const overprinted = (lines: Line[]) => lines.some((l) => l.items.some((it, k) => k > 0 && it.x < l.items[k - 1].x + l.items[k - 1].width - l.size));

/**
 * A chart's words, one entry per box in reading order: each run of text goes to the box holding
 * most of it (two boxes side by side may share a baseline); words in no box stand on their own.
 */
export function chartText(chart: Flowchart, lines: Line[], size: number): string[] {
  const parts: { rect: Rect; text: string }[] = chart.nodes.map((rect) => ({ rect, text: '' }));
  for (const l of [...lines].sort((a, b) => b.y - a.y || a.x - b.x)) {
    for (const s of l.segments) {
      const r = { x0: s.x, x1: s.xEnd, y0: l.y - l.size * 0.2, y1: l.y + l.size * 0.8 };
      let best: (typeof parts)[number] | undefined;
      let most = 0;
      for (const p of parts.slice(0, chart.nodes.length)) { const k = common(p.rect, r); if (k > most) { most = k; best = p; } }
      if (best) best.text = joinLine(best.text, s.text);
      else parts.push({ rect: r, text: s.text });
    }
  }
  return parts.filter((p) => p.text).sort((a, b) => byReadingOrder(size)(a.rect, b.rect)).map((p) => p.text);
}
