/**
 * Page furniture: running headers and page-number footers (dropped, the printed number kept),
 * footnotes at the foot of the page (kept apart), and the body lines left over.
 */
import type { Line } from './lines.ts';
import type { PdfPage, Rect } from './pdf-text.ts';

export interface LaidOutPage {
  index: number;
  /** The number printed on the page, or its index in the file when none is printed. */
  printed: number;
  height: number;
  body: Line[];
  footnoteLines: Line[];
  /** Shaded boxes drawn on the page. */
  shaded: Rect[];
}

const shape = (t: string) => t.replace(/\d+/g, '#').toLowerCase();
/** Running furniture repeats at the same height on the page; body text that merely looks alike does not. */
const key = (l: Line) => `${Math.round(l.y / 3)}|${shape(l.text)}`;
/** A line that starts with a paragraph number ("5.82", "82.") is body text, wherever it stands. */
const NUMBERED = /^\s*\d+(?:\.\d+)?\.?\s+\S/;
const PAGE_NUMBER = /^(?:page\s+)?(\d{1,4})(?:\s+of\s+\d+)?$/i;

/** The body font size: the size carrying the most characters. */
export function bodySize(lines: Line[]): number {
  const counts = new Map<number, number>();
  for (const l of lines) counts.set(l.size, (counts.get(l.size) ?? 0) + l.text.length);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 11;
}

export function layOut(pages: PdfPage[], linesOf: Line[][]): { pages: LaidOutPage[]; size: number } {
  const size = bodySize(linesOf.flat());
  const edge = (l: Line, p: PdfPage) => l.y > p.height * 0.9 || l.y < p.height * 0.07;
  const repeats = new Map<string, number>();
  pages.forEach((p, i) => new Set(linesOf[i].filter((l) => edge(l, p)).map(key)).forEach((s) => repeats.set(s, (repeats.get(s) ?? 0) + 1)));
  // Furniture repeats at the same height: in a smaller type than the body (a chapter's running header
  // may stand on a few pages only), or on a good share of all pages; body text alike by chance does not.
  const often = Math.max(2, Math.ceil(pages.length * 0.25));
  const furniture = (l: Line) => { const n = repeats.get(key(l)) ?? 0; return n >= 2 && (l.size < size - 0.5 || n >= often); };
  const out: LaidOutPage[] = pages.map((p, i) => {
    let printed: number | undefined;
    const kept: Line[] = [];
    for (const l of linesOf[i]) {
      if (edge(l, p)) {
        const n = PAGE_NUMBER.exec(l.text);
        if (n) { printed = Number(n[1]); continue; }
        if (!NUMBERED.test(l.text) && furniture(l)) continue;
      }
      kept.push(l);
    }
    // Footnotes: small lines below the last line of body-size (or larger) text.
    const lastBody = kept.reduce((low, l) => (l.size >= size - 0.5 ? Math.min(low, l.y) : low), Infinity);
    const small = kept.filter((l) => l.y < lastBody && l.size < size * 0.9 && l.y < p.height * 0.4 && !(l.widestGap > 20));
    const first = small.find((l) => /^(\[\^)?\d{1,3}\b/.test(l.text));
    const footnoteLines = first ? small.filter((l) => l.y <= first.y) : [];
    const body = kept.filter((l) => !footnoteLines.includes(l));
    return { index: p.index, printed: printed ?? p.index, height: p.height, body, footnoteLines, shaded: p.shaded };
  });
  return { pages: out, size };
}
