/**
 * A page's drawn regions, in order of precedence: flowcharts (separate shapes holding text), tables
 * (ruled grids; rows ruled above and below with columned text), then boxes (shading, outlines, side
 * bars). Text inside a flowchart or table is kept out of the paragraphs.
 */
import { findBoxes, type BoxRegion } from './boxes.ts';
import { isCaption, kindOf } from './captions.ts';
import { findFlowcharts, type Flowchart } from './flowcharts.ts';
import type { LaidOutPage } from './furniture.ts';
import { readDrawing, type Rect } from './rules.ts';
import { findGrids, findRuledRows, type TableRegion } from './tables.ts';

export interface PageRegions {
  tables: TableRegion[];
  flowcharts: Flowchart[];
  boxes: BoxRegion[];
}

export function findRegions(page: LaidOutPage, size: number, textWidth: number, bodyFont: string): PageRegions {
  if (!page.shapes.length) return { tables: [], flowcharts: [], boxes: [] };
  const d = readDrawing(page.shapes, page, size);
  // The line straight above a region names a chart ("Flowchart 1: ...", "Figure 2 ...").
  const chartCaption = (r: Rect) => {
    const above = page.body.filter((l) => l.y > r.y1 + size * 0.5 && l.x < r.x1 && l.xEnd > r.x0 - size * 4).sort((a, b) => a.y - b.y)[0];
    return !!above && isCaption(above, bodyFont, true) && kindOf(above.text, 'table') !== 'table';
  };
  const flowcharts = findFlowcharts(d, page.body, size, textWidth, chartCaption);
  const { tables, frames } = findGrids(d, size, flowcharts);
  const ruled = findRuledRows(d, page.body, size, [...flowcharts, ...tables, ...frames]);
  const all = [...tables, ...ruled];
  const boxes = findBoxes(d, frames, page.body, size, [...flowcharts, ...all]);
  return { tables: all, flowcharts, boxes };
}

/** True when a line stands inside a region. */
export const within = (r: Rect, l: { x: number; y: number; size: number }, m = 1.5) => l.y + l.size * 0.3 >= r.y0 - m && l.y <= r.y1 + m && l.x >= r.x0 - m && l.x < r.x1;
