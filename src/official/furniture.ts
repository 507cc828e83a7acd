/**
 * Page furniture: page numbers (arabic, roman, "Page N of M", "- N -", or at either end of a running
 * line) are read and dropped; running headers and footers repeated at the same height are dropped;
 * footnotes at the foot of the page are kept apart. Bands and sizes are relative to the page and
 * to the body text.
 */
import type { Line } from './lines.ts';
import type { PdfPage } from './pdf-text.ts';
import type { Shape } from './pdf-graphics.ts';
import { numberAtSpot, numberSpots, spotOf } from './page-number-spot.ts';
import type { ImportWarning } from './types.ts';

export interface LaidOutPage {
  index: number;
  /** The arabic number printed on the page (or deduced, or its index in the file: see label). */
  printed: number;
  /** The page label when it is not an arabic number ("iii"). */
  label?: string;
  /** True when the page prints a number (arabic or roman). */
  numbered: boolean;
  /** True when it prints none and `printed` was worked out from the pages either side. */
  inferred: boolean;
  width: number;
  height: number;
  body: Line[];
  footnoteLines: Line[];
  shapes: Shape[];
}

const ROMAN = /^(?=[ivxlcdm]+$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/i;
const PAGE_NUMBER = /^(?:page\s+)?(?:[-–—]\s*)?(\d{1,4}|[ivxlcdm]{1,7})(?:\s*[-–—])?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
/** A line that starts with a paragraph number ("5.82", "82.", "A1") is body text, wherever it stands. */
const NUMBERED = /^\s*(?:\d+(?:\.\d+)?\.?|[A-Z]\.?\d+\.?)\s+\S/;

/** The page number a text states, if it is one: "12", "Page 3 of 40", "iv". */
export function pageNumberIn(text: string): { value: number; label?: string } | null {
  const m = PAGE_NUMBER.exec(text.trim());
  if (!m) return null;
  if (/^\d+$/.test(m[1])) return { value: Number(m[1]) };
  return ROMAN.test(m[1]) ? { value: 0, label: m[1].toLowerCase() } : null;
}

/**
 * The body font size: the size carrying the most characters of running text (lines of one or two
 * runs; the cells of long tables in a smaller type do not count).
 */
export function bodySize(lines: Line[]): number {
  const counts = new Map<number, number>();
  const prose = lines.filter((l) => l.segments.length <= 2);
  for (const l of prose.length ? prose : lines) counts.set(l.size, (counts.get(l.size) ?? 0) + l.text.length);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 11;
}

const shape = (t: string) => t.replace(/\d+/g, '#').replace(/\b[ivxlc]+\b/gi, '#').toLowerCase();

export function layOut(pages: PdfPage[], linesOf: Line[][]): { pages: LaidOutPage[]; size: number; warnings: ImportWarning[] } {
  const size = bodySize(linesOf.flat());
  const framed = pages.map((p, i) => framedLines(p, linesOf[i], size));
  /**
   * The top and bottom three lines of a page, in its outer eighth: where furniture stands. Text in a
   * drawn frame (a chart's boxes reaching the foot of the page) is passed over, not counted.
   */
  const edgeOf = (i: number) => {
    const ls = linesOf[i];
    const h = pages[i].height;
    const outer = (from: Line[]) => { const out: Line[] = []; let n = 0; for (const l of from) { if (n >= 3) break; out.push(l); if (!framed[i].has(l)) n++; } return out; };
    return new Set([...outer(ls).filter((l) => l.y > h * 0.85), ...outer([...ls].reverse()).filter((l) => l.y < h * 0.13)]);
  };
  const edges = pages.map((_, i) => edgeOf(i));
  // Running lines repeat at the same height: word for word (a chapter's header), or but for their
  // numbers when a page number stands in them ("Title | 12"); headings alike but for a number do not.
  const at = (l: Line) => Math.round(l.y / Math.max(2, size * 0.3));
  const key = (l: Line) => `${at(l)}|${shape(l.text)}`;
  const exact = (l: Line) => `${at(l)}|=${l.text.toLowerCase()}`;
  const repeats = new Map<string, number>();
  edges.forEach((set) => new Set([...set].flatMap((l) => [key(l), exact(l)])).forEach((s) => repeats.set(s, (repeats.get(s) ?? 0) + 1)));
  const often = Math.max(2, Math.ceil(pages.length * 0.25));
  // A footnote ("3 See ...") that happens to recur is still a footnote unless it stands on a good share of the pages.
  const footnoteLike = (l: Line) => /^(?:\[\^\d+\]|\d{1,3}(?=\s?\p{Lu}))/u.test(l.text);
  const furniture = (l: Line) => { const n = repeats.get(exact(l)) ?? 0; return n >= 2 && l.size <= size + 0.5 && ((l.size < size - 0.5 && !footnoteLike(l)) || n >= often); };
  const found: { parity: number; x: number; y: number }[] = [];
  const laid = pages.map((p, i) => {
    let number = null as { value: number; label?: string } | null;
    const drop = new Set<Line>();
    /** Furniture is read from the page's edge inwards, and stops at the first line of the text. */
    const peel = (ls: Line[]) => {
      for (const l of ls) {
        if (!edges[i].has(l)) return;
        const whole = pageNumberIn(l.text);
        // "Title | 12": a number at either end of a running line that recurs, shape for shape, on other pages.
        const end = l.segments.length > 1 && (repeats.get(key(l)) ?? 0) >= 2 ? pageNumberIn(l.segments.at(-1)!.text) ?? pageNumberIn(l.segments[0].text) : null;
        if (whole && !number) found.push({ parity: p.index % 2, ...spotOf(l) });
        if (whole || end) { number ??= whole ?? end; drop.add(l); continue; }
        if (NUMBERED.test(l.text) || !furniture(l)) { if (framed[i].has(l)) continue; return; }
        drop.add(l);
      }
    };
    peel(linesOf[i]);
    peel([...linesOf[i]].reverse());
    const kept = linesOf[i].filter((l) => !drop.has(l));
    // Footnotes: smaller lines below the last line of body-size (or larger) text, the first starting with its number.
    const lastBody = kept.reduce((low, l) => (l.size >= size - 0.5 ? Math.min(low, l.y) : low), Infinity);
    const small = kept.filter((l) => l.y < lastBody && l.size < size * 0.92 && l.y < p.height * 0.45 && l.segments.length <= 2);
    const first = small.find((l) => /^(\[\^)?\d{1,3}(?=[\s.)\]\p{Lu}]|$)/u.test(l.text));
    const footnoteLines = first ? small.filter((l) => l.y <= first.y) : [];
    return { p, number, body: kept.filter((l) => !footnoteLines.includes(l)), footnoteLines };
  });
  // A page whose number shares its baseline with other text (a chart's box beside it): the number at the usual spot.
  const spots = numberSpots(found, size);
  for (const x of laid) {
    const spot = spots.get(x.p.index % 2) ?? spots.get(2);
    if (x.number || !spot) continue;
    const hit = numberAtSpot(x.body.filter((l) => l.y < x.p.height * 0.13 || l.y > x.p.height * 0.85), spot, size, pageNumberIn);
    if (!hit) continue;
    x.number = hit.number;
    x.body = x.body.flatMap((l) => (l !== hit.line ? [l] : hit.rest ? [hit.rest] : []));
  }
  const warnings: ImportWarning[] = [];
  const out: LaidOutPage[] = laid.map(({ p, number, body, footnoteLines }, i) => {
    let printed = number && !number.label ? number.value : undefined;
    if (printed === undefined && !number && body.length) printed = deduce(laid.map((x) => (x.number && !x.number.label ? x.number.value : undefined)), i);
    if (printed !== undefined && !number) warnings.push({ page: printed, message: `PDF page ${p.index} prints no page number; it is taken as page ${printed} from the pages either side and marked as worked out, not printed.` });
    return { index: p.index, printed: printed ?? p.index, label: number?.label, numbered: !!number, inferred: printed !== undefined && !number, width: p.width, height: p.height, body, footnoteLines, shapes: p.shapes };
  });
  return { pages: out, size, warnings };
}

/** Lines whose every run of text stands inside a drawn frame or shading (not a page background, not a rule). */
function framedLines(page: PdfPage, lines: Line[], size: number): Set<Line> {
  const frames = page.shapes.filter((s) => (s.fill || s.stroke) && s.x1 - s.x0 >= size * 2 && s.y1 - s.y0 >= size * 1.2 && (s.x1 - s.x0) * (s.y1 - s.y0) < page.width * page.height * 0.8);
  const inside = (x0: number, x1: number, y: number) => frames.some((f) => x0 >= f.x0 - 1 && x1 <= f.x1 + 1 && y >= f.y0 - 1 && y <= f.y1 + 1);
  return new Set(frames.length ? lines.filter((l) => l.segments.every((g) => inside(g.x, g.xEnd, l.y))) : []);
}

/** A page's number from its neighbours, only when the pages before and after agree on the offset. */
function deduce(numbers: (number | undefined)[], i: number): number | undefined {
  const before = numbers.slice(0, i).findLastIndex((n) => n !== undefined);
  const after = numbers.findIndex((n, k) => k > i && n !== undefined);
  if (before < 0 || after < 0) return undefined;
  const a = numbers[before]! - before;
  const b = numbers[after]! - after;
  return a === b ? i + a : undefined;
}
