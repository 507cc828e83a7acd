/**
 * Paragraph numbers at the start of a line, and whether each is one. A number is read as a
 * paragraph number when it stands where paragraphs start (hanging in the margin left of the text,
 * or at the text's edge at the start of a block) AND it fits the running sequence: the next
 * number, a small gap, or a restart at 1 after a chapter heading (A1 in an annex). A line that wraps
 * to begin "2018." or "15 working days" is neither, and is left as text.
 */
import { textOf, type Line } from './lines.ts';

export interface NumberToken {
  /** As printed, without a trailing dot: "17", "5.82", "A1", "A.1". */
  number: string;
  /** The run it belongs to: "" for plain numbers, the chapter for "5.82", the letter for "A1". */
  run: string;
  n: number;
  /** The text after it on the line. */
  rest: string;
  /** Left edge of the number and of the text after it. */
  x: number;
  textX: number;
  /** The number stands alone as a segment (a tab or the margin separates it from the text). */
  apart: boolean;
}

const ALONE = /^((\d{1,2})\.(\d{1,3})|(\d{1,3})|([A-Z])\.?(\d{1,3}))\.?$/;
const LEADING = /^((\d{1,2})\.(\d{1,3})|(\d{1,3})|([A-Z])\.?(\d{1,3}))(\.?)\s+(\S.*)$/;
const RUN_IN = /^((\d{1,2})\.(\d{1,3})|(\d{1,3})|([A-Z])\.?(\d{1,3}))(\.)\s*(\p{Lu}.*)$/u;

/** The number a line starts with, if it is shaped like a paragraph number. */
export function numberAtStart(line: Line): NumberToken | null {
  const seg = line.segments[0];
  const alone = ALONE.exec(seg.text);
  if (alone && line.segments.length > 1) return token(alone, line.segments.slice(1).map((s) => s.text).join(' '), seg.x, line.segments[1].x, true);
  // A number printed as a text item of its own, with its text straight after it ("10.Insurance": the
  // tab after a wide number can shrink to nothing).
  const own = ALONE.exec(seg.items[0].str.trim());
  if (own && seg.items.length > 1 && /[.)]$|^[A-Z]/.test(seg.items[0].str.trim()) && /^\p{L}/u.test(seg.items[1].str.trim())) {
    return token(own, textOf(seg.items.slice(1), line.size, line.y) + line.segments.slice(1).map((s) => ` ${s.text}`).join(''), seg.x, seg.items[1].x, false);
  }
  // "10.Insurance": the tab after a wide number shrunk to nothing inside one text run.
  const m = LEADING.exec(line.text) ?? RUN_IN.exec(line.text);
  if (!m) return null;
  // A bare number with no dot, run into its text ("15 working days"), is not a paragraph number.
  if (m[4] && !m[7]) return null;
  const first = seg.items[0];
  const share = first.str.trim().length ? Math.min(1, (m[1].length + m[7].length + 1) / first.str.trim().length) : 1;
  const textX = first.str.trim().startsWith(m[1]) && first.str.trim().length > m[1].length + m[7].length ? first.x + first.width * share : (seg.items[1]?.x ?? first.x + first.width);
  return token(m, m[8], seg.x, textX, false);
}

function token(m: RegExpExecArray, rest: string, x: number, textX: number, apart: boolean): NumberToken {
  const number = m[1];
  if (m[2]) return { number, run: m[2], n: Number(m[3]), rest, x, textX, apart };
  if (m[5]) return { number, run: m[5], n: Number(m[6]), rest, x, textX, apart };
  return { number, run: '', n: Number(m[4]), rest, x, textX, apart };
}

/** How a number stands relative to the text's left edge. */
export type Placement = 'hanging' | 'edge' | 'elsewhere';

export function placement(t: NumberToken, left: number, size: number): Placement {
  if (t.x < left - size * 0.5 && t.textX >= left - size * 0.6) return 'hanging';
  if (t.x >= left - size * 0.6 && t.x <= left + size * 2.5) return 'edge';
  return 'elsewhere';
}

/** The running sequence of paragraph numbers, run by run; told when a chapter starts. */
export class Sequence {
  private last = new Map<string, number>();
  private chapterSinceLast = true;

  chapterStarted(): void { this.chapterSinceLast = true; }

  /** Does the number fit where the sequence stands? "next" is the exact next number. */
  fit(t: NumberToken): 'next' | 'restart' | 'gap' | 'off' {
    const prev = this.last.get(t.run);
    if (prev === undefined) return t.n <= 3 ? 'next' : 'off';
    if (t.n === prev + 1) return 'next';
    if (t.n === 1 && (t.run !== '' || this.chapterSinceLast)) return 'restart';
    if (t.n > prev + 1 && t.n <= prev + 6) return 'gap';
    return 'off';
  }

  accept(t: NumberToken): void {
    const prev = this.last.get(t.run);
    if (prev === undefined || t.n > prev || t.n === 1) this.last.set(t.run, t.n);
    if (t.run === '') this.chapterSinceLast = false;
  }
}

/**
 * Decides whether a numbered line opens a paragraph: a number hanging in the margin does unless it
 * is far off the sequence; one at the text's edge must start a block and fit the sequence (or be
 * the exact next number after a line that ends a sentence). Returns why not, for the warning.
 */
export function opensParagraph(t: NumberToken, where: Placement, blockStart: boolean, afterSentence: boolean, seq: Sequence): { ok: boolean; looked: boolean } {
  if (where === 'elsewhere') return { ok: false, looked: false };
  const fit = seq.fit(t);
  if (where === 'hanging') return { ok: fit !== 'off' || t.apart, looked: true };
  if (blockStart) return { ok: fit !== 'off', looked: true };
  return { ok: fit === 'next' && afterSentence, looked: false };
}
