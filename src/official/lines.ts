/**
 * Text items -> lines: items on one baseline, left to right, split into segments where a wide
 * empty gap (a tab stop, a column gutter, a table cell, a number hanging in the margin) separates
 * them. A superscript number (smaller and raised) stays in its line as a footnote marker, written
 * "[^n]" in the line's text. Thresholds are relative to the line's own type size.
 */
import type { PdfPage, TextItem } from './pdf-text.ts';

export interface Segment {
  x: number;
  xEnd: number;
  text: string;
  items: TextItem[];
  bold: boolean;
}

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
  /** Most of its characters are bold. */
  bold: boolean;
  /** Every character is bold (a heading, not a bold term that starts a line). */
  allBold: boolean;
  items: TextItem[];
  text: string;
  /** Runs of text separated by wide gaps, left to right. */
  segments: Segment[];
}

/** A gap wider than this share of the type size, not covered by a space, separates segments. */
export const SEGMENT_GAP = 1.1;

const dominant = <K>(items: TextItem[], key: (i: TextItem) => K): K => {
  const counts = new Map<K, number>();
  for (const it of items) counts.set(key(it), (counts.get(key(it)) ?? 0) + it.str.trim().length);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
};

/** A raised small number inside a line: a footnote marker. */
const isMarker = (it: TextItem, size: number, y: number) => it.size < size * 0.85 && it.y > y + size * 0.1 && /^\d{1,3}$/.test(it.str.trim());

/** Joins items into text: a space where they are apart, none where they touch (a word split into items). */
export function textOf(items: TextItem[], size: number, y: number): string {
  let text = '';
  let prevEnd: number | undefined;
  for (const it of items) {
    if (!it.str.trim()) { if (text && !text.endsWith(' ')) text += ' '; prevEnd = Math.max(prevEnd ?? 0, it.x + Math.min(it.width, size)); continue; }
    // A marker stands right after its word; a small raised number set apart is something else (a page number beside a box).
    const marker = isMarker(it, size, y) && prevEnd !== undefined && it.x - prevEnd <= size * 0.5;
    const piece = marker ? `[^${it.str.trim()}]` : it.str;
    const gap = prevEnd === undefined ? 0 : it.x - prevEnd;
    text += prevEnd !== undefined && !marker && gap > size * 0.15 && !text.endsWith(' ') ? ` ${piece}` : piece;
    prevEnd = it.x + it.width;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** A hyphen that ends a line after a word, set apart by justification: it stays with its word. */
const endHyphen = (items: TextItem[], k: number, reach: number, size: number) => /^[-\u2010\u00AD]$/.test(items[k].str.trim())
  && items.slice(k + 1).every((i) => !i.str.trim()) && /\p{L}$/u.test(items.slice(0, k).findLast((i) => i.str.trim())?.str.trim() ?? '') && items[k].x - reach < size * 3;

function segmentsOf(items: TextItem[], size: number, y: number): Segment[] {
  const groups: TextItem[][] = [];
  let reach = -Infinity;
  for (const [k, it] of items.entries()) {
    const blank = !it.str.trim();
    if (!blank && groups.length && it.x - reach > size * SEGMENT_GAP && !endHyphen(items, k, reach, size)) groups.push([]);
    if (!groups.length) groups.push([]);
    groups[groups.length - 1].push(it);
    reach = Math.max(reach, it.x + (blank ? Math.min(it.width, size) : it.width));
  }
  return groups.map((g) => g.filter((i) => i.str.trim())).filter((g) => g.length).map((g) => ({
    x: g[0].x, xEnd: Math.max(...g.map((i) => i.x + i.width)), text: textOf(g, size, y), items: g,
    bold: dominant(g, (i) => i.bold),
  }));
}

/**
 * Text of another size or baseline printed across the same stretch (a page number under a chart's
 * box) is not on the same line; the same text printed twice to look bold is.
 */
const clashes = (items: TextItem[], it: TextItem) => !!it.str.trim() && items.some((o) => o.str.trim()
  && Math.min(o.x + o.width, it.x + it.width) - Math.max(o.x, it.x) > Math.min(o.size, it.size) * 0.5
  && (Math.abs(o.size - it.size) > Math.min(o.size, it.size) * 0.1 || Math.abs(o.y - it.y) > Math.min(o.size, it.size) * 0.1));

export function toLines(page: PdfPage): Line[] {
  const items = [...page.items].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: { y: number; size: number; items: TextItem[] }[] = [];
  for (const it of items) {
    let g: (typeof groups)[number] | undefined;
    for (let k = groups.length - 1; k >= Math.max(0, groups.length - 6); k--) {
      if (Math.abs(groups[k].y - it.y) <= Math.max(groups[k].size, it.size) * 0.45 && !clashes(groups[k].items, it)) { g = groups[k]; break; }
    }
    if (g) { g.items.push(it); if (it.str.trim() && it.size > g.size) g.size = it.size; }
    else groups.push({ y: it.y, size: it.size, items: [it] });
  }
  const lines: Line[] = [];
  for (const { items: all } of groups) {
    const g = all.sort((a, b) => a.x - b.x);
    const solid = g.filter((i) => i.str.trim());
    if (!solid.length) continue;
    const size = dominant(solid, (i) => i.size);
    const main = solid.filter((i) => Math.abs(i.size - size) < 0.5);
    const y = Math.min(...main.map((i) => i.y));
    const segments = segmentsOf(g, size, y);
    lines.push({
      page: page.index, y, x: solid[0].x, xEnd: Math.max(...solid.map((i) => i.x + i.width)), size,
      font: dominant(main, (i) => i.font), bold: dominant(main, (i) => i.bold), allBold: solid.every((i) => i.bold), items: solid,
      text: segments.map((s) => s.text).join(' '), segments,
    });
  }
  return lines.sort((a, b) => b.y - a.y || a.x - b.x);
}

/** A line made of some of another's segments (a column's share of a line that crosses the gutter). */
export function subLine(l: Line, segments: Segment[]): Line {
  const items = segments.flatMap((s) => s.items);
  return { ...l, x: segments[0].x, xEnd: segments.at(-1)!.xEnd, items, segments, text: segments.map((s) => s.text).join(' ') };
}
