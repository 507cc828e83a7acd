/**
 * One laid-out page -> its elements in reading order: body lines (with their column, the text's
 * left and right edges there, the box they stand in, the gap above them) and figures (tables and
 * flowcharts found from the drawing, each with its caption). A caption is recognised by its form
 * ("Table 2:", "Flowchart 1 –", or "Figure 3" set apart in bold), never by a line that merely
 * starts with such a word.
 */
import type { BoxRegion } from './boxes.ts';
import { readingOrder } from './columns.ts';
import { isCaption, kindOf } from './captions.ts';
import { chartText, overprinted, type Flowchart } from './flowcharts.ts';
import type { LaidOutPage } from './furniture.ts';
import { joinLine } from './hyphenation.ts';
import type { Line } from './lines.ts';
import { leftEdge, type Metrics } from './metrics.ts';
import { findRegions, within } from './regions.ts';
import type { Rect } from './rules.ts';
import { markShapeBullets } from './shape-bullets.ts';
import { readCells, type TableRegion } from './tables.ts';
import { findTextTables, type CarriedTable, type TextTable } from './text-tables.ts';

export interface LineElement {
  kind: 'line';
  line: Line;
  column: number;
  left: number;
  right: number;
  box?: BoxRegion;
  /** Baseline distance from the line above in the same column and box (Infinity for the first). */
  gap: number;
  prevFull: boolean;
  prevEndsSentence: boolean;
}

export interface FigureElement {
  kind: 'figure';
  figure: 'table' | 'flowchart' | 'figure';
  caption: string;
  lines: string[];
  rows?: string[][];
  columns?: number;
  /** A chart whose boxes overlap on the page: its words may be out of order. */
  crowded?: boolean;
  /** Where the columns of a table drawn without rules start (to find it carried over to the next page). */
  cols?: number[];
  y: number;
  /** It reaches the top or the foot of the text on its page (a table that may run on). */
  atTop: boolean;
  atBottom: boolean;
}

export type Element = LineElement | FigureElement;

/** A page's elements; carried: a table without rules that ran to the foot of the page before. */
export function pageElements(page: LaidOutPage, m: Metrics, carried?: CarriedTable): Element[] {
  markShapeBullets(page, m.size);
  const regions = findRegions(page, m.size, m.textWidth, m.font);
  type Found = { rect: Rect; figure: FigureElement['figure']; table?: TableRegion; chart?: Flowchart; text?: TextTable };
  const drawn: Found[] = [
    ...regions.tables.map((t) => ({ rect: t, figure: 'table' as const, table: t })),
    ...regions.flowcharts.map((chart) => ({ rect: chart, figure: 'flowchart' as const, chart })),
  ];
  const inDrawn = (l: Line) => drawn.some((f) => within(f.rect, l, m.size * 0.3));
  const textTables = findTextTables(page.body.filter((l) => !inDrawn(l) && !regionOf(regions.boxes, l, m.size)), m, carried, (l) => isCaption(l, m.font, true));
  const tabled = new Set(textTables.flatMap((t) => t.lines));
  const figureRects: Found[] = [...drawn, ...textTables.map((t) => ({ rect: t, figure: 'table' as const, text: t }))];
  const inFigure = (l: Line) => tabled.has(l) || inDrawn(l);
  const rest = page.body.filter((l) => !inFigure(l));
  const textTop = Math.max(...page.body.map((l) => l.y));
  const textBottom = Math.min(...page.body.map((l) => l.y));
  const figures: FigureElement[] = figureRects.map(({ rect, figure, table, chart, text }) => {
    const inside = text ? text.lines : page.body.filter((l) => within(rect, l, m.size * 0.3));
    // The caption: the nearest line above (or else below) within a few lines, shaped like one; or,
    // however far above, the line straight above with nothing between (a chart set lower down).
    const near = rest.filter((l) => (l.y > rect.y1 && l.y - rect.y1 < m.leading * 3) || (l.y < rect.y0 && rect.y0 - l.y < m.leading * 2.5));
    const straightAbove = rest.filter((l) => l.y > rect.y1 && l.x < rect.x1 && l.xEnd > rect.x0 - m.size * 4).sort((a, b) => a.y - b.y)[0];
    const between = (l: Line) => figureRects.some((o) => o.rect !== rect && o.rect.y0 >= rect.y1 - 1 && o.rect.y1 <= l.y + 1);
    const cap = near.sort((a, b) => Math.abs(a.y - rect.y1) - Math.abs(b.y - rect.y1)).find((l) => isCaption(l, m.font, true) && !between(l))
      ?? (straightAbove && isCaption(straightAbove, m.font, true) && !between(straightAbove) ? straightAbove : undefined);
    if (cap) rest.splice(rest.indexOf(cap), 1);
    const rows = text ? text.rows : table ? readCells(table, inside, joinLine) : undefined;
    return {
      kind: 'figure', figure: cap ? kindOf(cap.text, figure) : figure, caption: cap?.text ?? '', rows, columns: text ? text.cols.length : table ? table.cols.length - 1 : undefined,
      ...(text ? { cols: text.cols } : {}), ...(chart && (chart.crowded || overprinted(inside)) ? { crowded: true } : {}),
      lines: rows ? rows.map((r) => r.filter(Boolean).join(' | ')) : chart ? chartText(chart, inside, m.size) : inside.map((l) => l.text),
      y: Math.max(rect.y1, cap?.y ?? -Infinity), atTop: !page.body.some((l) => l.y > rect.y1 + m.size && !inFigure(l) && l !== cap) || rect.y1 >= textTop - m.size, atBottom: rect.y0 <= textBottom + m.size || !rest.some((l) => l.y < rect.y0),
    };
  });
  const ordered = readingOrder(rest, m.size);
  const parity = page.index % 2 === 1 ? m.left.odd : m.left.even;
  const edges = new Map<string, { left: number; right: number }>();
  const edgeOf = (column: number, box?: BoxRegion) => {
    const key = `${column}|${box ? `${box.x0},${box.y0}` : ''}`;
    if (!edges.has(key)) {
      const ls = ordered.filter((o) => o.column === column && regionOf(regions.boxes, o.line, m.size) === box).map((o) => o.line);
      const widths = ls.map((l) => l.xEnd).sort((a, b) => a - b);
      // The document's own left edge holds on a page where any line starts there; a page (or column,
      // or box) with none has its own, measured from its lines.
      const docEdge = column === 0 && !box && ls.some((l) => Math.abs(l.x - parity) <= m.size * 0.6 || l.segments.some((s) => Math.abs(s.x - parity) <= m.size * 0.6));
      const measured = ls.length >= 3 ? leftEdge(ls, m.size) : undefined;
      const left = docEdge ? parity : measured ?? Math.min(...ls.map((l) => l.x));
      edges.set(key, { left, right: widths[Math.floor(widths.length * 0.8)] ?? left + m.textWidth });
    }
    return edges.get(key)!;
  };
  const out: Element[] = [];
  const prev = new Map<string, Line>();
  for (const { line, column } of ordered) {
    const box = regionOf(regions.boxes, line, m.size);
    const key = `${column}|${box ? `${box.x0},${box.y0}` : ''}`;
    const { left, right } = edgeOf(column, box);
    const p = prev.get(key);
    out.push({ kind: 'line', line, column, left, right, box, gap: p ? p.y - line.y : Infinity, prevFull: !!p && p.xEnd >= right - m.size * 2, prevEndsSentence: !!p && /[.;:!?]["'’”)\]]*$/.test(p.text) });
    prev.set(key, line);
  }
  captionLed(out, m);
  // Figures go in before the first element below their top.
  for (const f of figures.sort((a, b) => b.y - a.y)) {
    const at = out.findIndex((e) => (e.kind === 'line' ? e.line.y : e.y) < f.y);
    out.splice(at < 0 ? out.length : at, 0, f);
  }
  return out;
}

/**
 * A caption set apart with no drawing found for it: a figure of the lines after it that do not read
 * as prose (several segments, indented, or short and unfinished), up to the first that does.
 */
function captionLed(out: Element[], m: Metrics): void {
  for (let i = 0; i < out.length; i++) {
    const e = out[i];
    if (e.kind !== 'line' || e.box || !isCaption(e.line, m.font, e.gap > m.leading * 1.3)) continue;
    const lines: string[] = [];
    let k = i + 1;
    for (; k < out.length; k++) {
      const n = out[k];
      if (n.kind !== 'line' || n.column !== e.column || n.box || isCaption(n.line, m.font, true) || n.line.size > m.size * 1.15) break;
      const l = n.line;
      const figureish = l.segments.length >= 2 || l.x > n.left + m.size * 2 || (l.xEnd - l.x < m.textWidth * 0.5 && !/[.;:!?]["'’”)]*$/.test(l.text));
      if (!figureish) break;
      lines.push(l.text);
    }
    out.splice(i, k - i, { kind: 'figure', figure: kindOf(e.line.text, 'figure'), caption: e.line.text, lines, y: e.line.y, atTop: false, atBottom: k >= out.length });
  }
}

const regionOf = (boxes: BoxRegion[], l: Line, size: number) => boxes.find((b) => within(b, l, Math.max(1.5, size * 0.3)));
