/**
 * Text items -> lines: items on one baseline, left to right. A superscript number (smaller and
 * raised) stays in its line as a footnote marker, written "[^n]" in the line's text.
 */
import type { PdfPage, TextItem } from './pdf-text.ts';

export interface Line {
  page: number;
  /** Baseline, points from the bottom. */
  y: number;
  /** Left edge of the first item and right edge of the last. */
  x: number;
  xEnd: number;
  /** The dominant font size and face (by characters). */
  size: number;
  font: string;
  items: TextItem[];
  text: string;
  /** Widest space between two neighbouring items (table columns show as wide gaps). */
  widestGap: number;
}

const dominant = (items: TextItem[], key: (i: TextItem) => string | number) => {
  const counts = new Map<string | number, number>();
  for (const it of items) counts.set(key(it), (counts.get(key(it)) ?? 0) + it.str.length);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
};

/** A raised small number inside a line: a footnote marker. */
const isMarker = (it: TextItem, size: number, y: number) => it.size < size * 0.85 && it.y > y + 1 && /^\d{1,3}$/.test(it.str.trim());

export function toLines(page: PdfPage): Line[] {
  const items = [...page.items].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextItem[][] = [];
  for (const it of items) {
    const g = groups.find((g) => {
      const base = g[0];
      const tol = Math.max(base.size, it.size) * 0.45;
      return Math.abs(base.y - it.y) <= tol;
    });
    if (g) g.push(it); else groups.push([it]);
  }
  const lines: Line[] = [];
  for (const g of groups) {
    g.sort((a, b) => a.x - b.x);
    const size = Number(dominant(g, (i) => i.size));
    const main = g.filter((i) => Math.abs(i.size - size) < 0.5);
    const y = Math.min(...main.map((i) => i.y));
    let text = '';
    let widestGap = 0;
    let prevEnd: number | undefined;
    for (const it of g) {
      const gap = prevEnd === undefined ? 0 : it.x - prevEnd;
      if (prevEnd !== undefined && !isMarker(it, size, y)) widestGap = Math.max(widestGap, gap);
      const piece = isMarker(it, size, y) ? `[^${it.str.trim()}]` : it.str;
      text += prevEnd !== undefined && gap > size * 0.15 && !isMarker(it, size, y) && !/\s$/.test(text) ? ` ${piece}` : piece;
      prevEnd = it.x + it.width;
    }
    lines.push({ page: page.index, y, x: g[0].x, xEnd: prevEnd ?? g[0].x, size, font: String(dominant(main, (i) => i.font)), items: g, text: text.replace(/\s+/g, ' ').trim(), widestGap });
  }
  return lines.sort((a, b) => b.y - a.y || a.x - b.x);
}
