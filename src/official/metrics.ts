/**
 * The body text's measures, from which every threshold is taken: its type size, face and line
 * spacing, whether bold can be told by font name, and the text's left edge (the position most body
 * lines start at, measured per page and per column, since odd and even pages may be offset).
 */
import type { LaidOutPage } from './furniture.ts';
import type { Line } from './lines.ts';
import { labelAtStart } from './lists.ts';
import { numberAtStart } from './paragraph-numbers.ts';

export interface Metrics {
  size: number;
  font: string;
  /** Baseline to baseline within a paragraph. */
  leading: number;
  /** The left edge of the text on odd and even pages. */
  left: { odd: number; even: number };
  /** The usual width of a body line. */
  textWidth: number;
}

const mode = <T,>(values: T[]): T | undefined => {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
};

/**
 * Where plain body lines start: the leftmost position that many lines share (lines opening with a
 * number or a label, and rows of a table, are left out). Leftmost rather than most common, since
 * the wrapped lines of long lists may outnumber the paragraphs' own lines.
 */
export function leftEdge(lines: Line[], size: number): number | undefined {
  const plain = lines.filter((l) => Math.abs(l.size - size) < size * 0.1 && l.segments.length < 3 && !numberAtStart(l) && !labelAtStart(l));
  const bin = Math.max(1, size * 0.25);
  const counts = new Map<number, number>();
  for (const l of plain) counts.set(Math.round(l.x / bin), (counts.get(Math.round(l.x / bin)) ?? 0) + 1);
  const top = Math.max(0, ...counts.values());
  if (!top) return undefined;
  const m = Math.min(...[...counts].filter(([, n]) => n >= Math.max(2, top * 0.25) || n === top).map(([k]) => k));
  return Math.min(...plain.filter((l) => Math.round(l.x / bin) === m).map((l) => l.x));
}

export function measure(pages: LaidOutPage[], size: number): Metrics {
  const body = pages.flatMap((p) => p.body).filter((l) => Math.abs(l.size - size) < size * 0.1);
  // Weight: when no font name says bold, a face other than the body's is taken as emphasis.
  const font = mode(body.map((l) => l.font)) ?? '';
  if (!pages.some((p) => p.body.some((l) => l.items.some((i) => i.bold)))) {
    for (const p of pages) for (const l of p.body) {
      l.bold = l.font !== font;
      l.allBold = l.items.every((i) => i.font !== font);
      for (const s of l.segments) s.bold = s.items.some((i) => i.font !== font);
    }
  }
  const steps: number[] = [];
  for (const p of pages) {
    // Running text only: the rows of a long table, set in cells, have a spacing of their own.
    const ls = p.body.filter((l) => Math.abs(l.size - size) < size * 0.1 && l.segments.length <= 2);
    for (let i = 1; i < ls.length; i++) {
      const d = ls[i - 1].y - ls[i].y;
      if (d > size * 0.9 && d < size * 2.2) steps.push(Math.round(d * 2) / 2);
    }
  }
  const leading = mode(steps) ?? size * 1.2;
  const edge = (parity: number) => leftEdge(pages.filter((p) => p.index % 2 === parity).flatMap((p) => p.body), size);
  const all = leftEdge(body, size) ?? 0;
  const widths = body.map((l) => l.xEnd - l.x).sort((a, b) => a - b);
  return { size, font, leading, left: { odd: edge(1) ?? all, even: edge(0) ?? all }, textWidth: Math.max(widths[Math.floor(widths.length * 0.9)] ?? 0, size * 20) };
}
