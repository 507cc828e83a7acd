/**
 * Tables drawn with no rules: lines whose runs of text (segments, split at wide gaps) start at the
 * same few positions, row after row (the text strategy of table finders such as pdfplumber's and
 * Camelot's stream mode, learnt from, not copied). Three rows that line up make a table (two under a
 * caption, one under a caption at the foot of a page); at the top
 * of a page, fewer will do when they line up with a table that ran to the foot of the page before
 * (a table carried over, often under its header row repeated, with no caption). A line that opens
 * with a paragraph number, list label or bullet and then its text is never a row, and columns of
 * prose (a two-column glossary, whose lines fill their column) are columns, not a table. Tolerances are shares of the type size.
 */
import { findGutter } from './columns.ts';
import { joinLine } from './hyphenation.ts';
import type { Line } from './lines.ts';
import { labelAtStart } from './lists.ts';
import type { Metrics } from './metrics.ts';
import { numberAtStart } from './paragraph-numbers.ts';
import type { Rect } from './rules.ts';

export interface TextTable extends Rect {
  /** Where each column's text starts, left to right. */
  cols: number[];
  /** The lines it is made of, top to bottom. */
  lines: Line[];
  /** Its cells, row by row. */
  rows: string[][];
}

/** Columns of a table carried over from the foot of the page before. */
export interface CarriedTable { cols: number[] }

const near = (a: number, b: number, tol: number) => Math.abs(a - b) <= tol;

/** A line of cells: two or more runs of text, not a number, label or bullet before its text. */
function isRow(l: Line): boolean {
  if (l.segments.length < 2) return false;
  if (l.segments.length === 2 && (numberAtStart(l)?.apart || labelAtStart(l))) return false;
  return true;
}

/** How many of a line's segment starts stand at one of the columns. */
const matches = (l: Line, cols: number[], tol: number) => l.segments.filter((s) => cols.some((c) => near(s.x, c, tol))).length;

/**
 * The tables among a page's lines (those outside drawn figures and boxes). captioned: the line is
 * a caption; under one, two rows make a table, and one will do at the foot of the page.
 */
export function findTextTables(lines: Line[], m: Metrics, carried?: CarriedTable, captioned: (l: Line) => boolean = () => false): TextTable[] {
  const tol = Math.max(2, m.size * 0.6);
  const sorted = [...lines].sort((a, b) => b.y - a.y || a.x - b.x);
  const out: TextTable[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i];
    if (!isRow(first)) continue;
    // Carried over: the first lines of the page, lined up with the columns of the table before.
    const carry = !!carried && i === 0 && matches(first, carried.cols, tol) >= Math.min(2, first.segments.length) && first.segments.every((s) => carried.cols.some((c) => near(s.x, c, tol)) || s.x > carried.cols[0]);
    const cols = carry ? [...carried!.cols] : first.segments.map((s) => s.x);
    const run: Line[] = [first];
    let k = i + 1;
    for (; k < sorted.length; k++) {
      const l = sorted[k];
      if (run.at(-1)!.y - l.y > m.leading * 2.5) break;
      if (isRow(l)) {
        if (matches(l, cols, tol) < 2) break;
        for (const s of l.segments) if (!cols.some((c) => near(s.x, c, tol))) cols.push(s.x);
        run.push(l);
        continue;
      }
      // A cell's wrapped line: one run of text under a column other than the first, or under the
      // first but ending before the second column starts, with a row of cells after it.
      const s = l.segments[0];
      const sortedCols = [...cols].sort((a, b) => a - b);
      const underLater = sortedCols.slice(1).some((c) => near(s.x, c, tol));
      const inFirst = near(s.x, sortedCols[0], tol) && l.xEnd < (sortedCols[1] ?? Infinity) - tol && !!sorted[k + 1] && isRow(sorted[k + 1]) && matches(sorted[k + 1], cols, tol) >= 2;
      if (l.segments.length === 1 && (underLater || inFirst)) { run.push(l); continue; }
      break;
    }
    const rows = run.filter(isRow);
    cols.sort((a, b) => a - b);
    // Columns most rows use; three rows at least, unless carried over from the page before.
    const used = cols.filter((c) => rows.filter((l) => l.segments.some((s) => near(s.x, c, tol))).length >= (rows.length >= 3 ? rows.length * 0.5 : 1));
    const above = sorted[i - 1];
    const underCaption = !!above && captioned(above) && above.y - first.y <= m.leading * 3;
    const enough = carry || rows.length >= 3 || (underCaption && (rows.length >= 2 || k >= sorted.length));
    if (!enough || used.length < 2 || prose(run, used, tol) || (!carry && findGutter(run, m.size) !== null)) continue;
    out.push(tableOf(run, used, tol));
    i = k - 1;
  }
  return out;
}

/**
 * Columns of prose, not a table: in every column most runs of text fill the width up to the next
 * column (or the right edge), as wrapped lines of running text do; a table's cells mostly do not.
 */
function prose(run: Line[], cols: number[], tol: number): boolean {
  const right = Math.max(...run.map((l) => l.xEnd));
  const column = columnOf(cols, tol);
  return cols.every((c, j) => {
    const room = (cols[j + 1] ?? right + tol) - tol - c;
    // A column's share of each line, from its first run of text to its last (justification may split a line into several).
    const fills = run.flatMap((l) => {
      const here = l.segments.filter((s) => column(s.x) === j);
      return here.length ? [(Math.max(...here.map((s) => s.xEnd)) - here[0].x) / room] : [];
    }).sort((a, b) => a - b);
    return fills.length > 0 && fills[Math.floor(fills.length / 2)] >= 0.7;
  });
}

/** The column a position falls in: the last whose start it reaches. */
const columnOf = (cols: number[], tol: number) => (x: number) => { let c = 0; for (let j = 0; j < cols.length; j++) if (x >= cols[j] - tol) c = j; return c; };

/** Rows and cells: a line with cells in two or more columns, or one under the first, starts a row. */
function tableOf(run: Line[], cols: number[], tol: number): TextTable {
  const column = columnOf(cols, tol);
  const rows: string[][] = [];
  for (const l of run) {
    const starts = l.segments.map((s) => column(s.x));
    const fresh = !rows.length || starts.length >= 2 || starts[0] === 0;
    if (fresh) rows.push(cols.map(() => ''));
    const row = rows.at(-1)!;
    for (const s of l.segments) { const c = column(s.x); row[c] = joinLine(row[c], s.text); }
  }
  return {
    x0: Math.min(...run.map((l) => l.x)), x1: Math.max(...run.map((l) => l.xEnd)),
    y0: Math.min(...run.map((l) => l.y)) - run[0].size * 0.3, y1: Math.max(...run.map((l) => l.y)) + run[0].size * 0.8,
    cols, lines: run, rows,
  };
}
