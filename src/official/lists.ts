/**
 * A paragraph's or box's body, built line by line: runs of text, and lists whose items are marked
 * by a bullet glyph or a label ("(a)", "a)", "(i)", "ii.", "(1)"). Nesting follows the labels'
 * indents: a label further right opens a list inside the last item; one at an earlier indent goes
 * back to that list. An unlabelled line continues the item whose text it lines up with (a wrapped
 * line is never a new item); back at the body's left edge it ends the lists, unless it plainly
 * carries on an unfinished item. "(i)" is a letter after "(h)", a roman numeral otherwise.
 */
import { BULLET_GLYPH } from './normalise.ts';
import { joinLine } from './hyphenation.ts';
import type { Line } from './lines.ts';
import type { BodyPart, ListItem, ListStyle } from './types.ts';

export interface Label { label: string; style: ListStyle; alpha?: number; roman?: number; rest: string; x: number; textX: number }

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10, xi: 11, xii: 12, xiii: 13, xiv: 14, xv: 15 };
const LABEL = /^(\(([a-z]{1,4}|[A-Z]|\d{1,2})\)|([a-z]|[ivx]{1,4}|\d{1,2})\)|([a-z]|[ivx]{2,4})\.)(?=\s|$)\s*(.*)$/;

/** The list label or bullet a line starts with, if any. */
export function labelAtStart(line: Line): Label | null {
  const first = line.segments[0];
  const x = first.x;
  const glyph = BULLET_GLYPH.exec(line.text);
  if (glyph) {
    const rest = line.text.slice(glyph[0].length).trim();
    const textX = first.text.trim() === glyph[0] && line.segments[1] ? line.segments[1].x : (first.items[1]?.x ?? x + line.size);
    return { label: '•', style: 'bullet', rest, x, textX };
  }
  const m = LABEL.exec(line.text);
  if (!m) return null;
  const core = (m[2] ?? m[3] ?? m[4]).toLowerCase();
  const textX = first.text.trim() === m[1] && line.segments[1] ? line.segments[1].x : x + line.size * (m[1].length * 0.5 + 0.5);
  const base = { label: m[1], rest: m[5], x, textX };
  if (/^\d+$/.test(core)) return { ...base, style: 'number', alpha: Number(core) };
  const alpha = core.length === 1 ? core.charCodeAt(0) - 96 : undefined;
  const roman = ROMAN[core];
  if (alpha === undefined && roman === undefined) return null;
  return { ...base, style: roman !== undefined && alpha === undefined ? 'roman' : 'alpha', alpha, roman };
}

const RANK: Record<ListStyle, number> = { number: 0, alpha: 1, roman: 2, bullet: 3 };

/** An open list: its items, label style, where labels and their text stand; hangs: a wrapped line was seen lined up with the text. */
interface Level { items: ListItem[]; style: ListStyle; labelX: number; textX: number; count: number; hangs: boolean }

export class BodyBuilder {
  readonly body: BodyPart[] = [];
  private stack: Level[] = [];

  private size: number;

  constructor(size: number) { this.size = size; }

  /** Adds text that starts the body or carries on from the last line. */
  text(t: string): void {
    const host = this.stack.length ? this.stack.at(-1)!.items.at(-1)!.body : this.body;
    appendText(host, t);
  }

  /** Adds one line that is not a paragraph's first line; prevFull: the line before ran to the right edge. */
  line(l: Line, left: number, prevFull: boolean): void {
    const label = labelAtStart(l);
    if (label) return this.item(label);
    const tol = this.size * 0.6;
    const carriesOn = (body: BodyPart[]) => prevFull || (!/[.;:!?]["'’”)]*$/.test(lastText(body)) && /^[a-z]/.test(l.text));
    for (let k = this.stack.length - 1; k >= 0; k--) {
      const lv = this.stack[k];
      // Lined up with the item's text, or indented past its label; or back under the label when the
      // item's sentence runs on, in a list whose wrapped lines have not been seen lined up with their text.
      const under = !lv.hangs && Math.abs(l.x - lv.labelX) <= tol && carriesOn(lv.items.at(-1)!.body);
      if (l.x >= lv.textX - tol || l.x > lv.labelX + tol || under) {
        if (Math.abs(l.x - lv.textX) <= tol) lv.hangs = true;
        this.stack.length = k + 1;
        return this.text(l.text);
      }
    }
    const top = this.stack.at(-1);
    const open = top?.items.at(-1);
    const unfinished = open && !top!.hangs && carriesOn(open.body);
    if (this.stack.length && l.x <= left + tol && !unfinished) { this.stack = []; this.body.push({ kind: 'text', text: '' }); }
    this.text(l.text);
  }

  /** Adds a line that starts with a list label found by the caller (a numbered sub-item "1."). */
  label(label: Label): void { this.item(label); }

  private item(label: Label): void {
    const tol = this.size * 0.6;
    let k = this.stack.length - 1;
    while (k >= 0 && label.x < this.stack[k].labelX - tol) k--;
    const at = k >= 0 ? this.stack[k] : undefined;
    const sameIndent = !!at && Math.abs(label.x - at.labelX) <= tol;
    const style = resolveStyle(label, sameIndent ? at : undefined);
    if (at && sameIndent && at.style === style) { this.stack.length = k + 1; return this.push(at, label); }
    // Further right, or a label of a deeper kind at the same indent ("(i)" under "(a)"): a list inside the last item.
    const nested = !!at && (label.x > at.labelX + tol || (sameIndent && RANK[style] > RANK[at.style]));
    this.stack.length = nested ? k + 1 : Math.max(0, k);
    const host = this.stack.length ? this.stack.at(-1)!.items.at(-1)!.body : this.body;
    const part: BodyPart = { kind: 'list', style, items: [] };
    host.push(part);
    const lv: Level = { items: part.items, style, labelX: label.x, textX: label.textX, count: 0, hangs: false };
    this.stack.push(lv);
    this.push(lv, label);
  }

  private push(lv: Level, label: Label): void {
    lv.items.push({ label: label.label, body: label.rest ? [{ kind: 'text', text: label.rest }] : [] });
    lv.count++;
    lv.textX = label.textX;
  }

  /** The text of the last run, wherever it is (for telling whether a sentence was left unfinished). */
  lastText(): string { return lastText(this.body); }

  /** The body with empty runs dropped. */
  result(): BodyPart[] { return prune(this.body); }
}

/** "(i)" continues a lettered list that has reached (h); otherwise a label that reads both ways is roman. */
function resolveStyle(label: Label, sibling: Level | undefined): ListStyle {
  if (label.style === 'bullet' || label.style === 'number' || label.roman === undefined || label.alpha === undefined) return label.style;
  if (sibling?.style === 'alpha' && sibling.count + 1 === label.alpha) return 'alpha';
  return 'roman';
}

function appendText(host: BodyPart[], t: string): void {
  const last = host.at(-1);
  if (last?.kind === 'text') last.text = joinLine(last.text, t);
  else host.push({ kind: 'text', text: t });
}

const lastText = (body: BodyPart[]): string => { const p = body.at(-1); return !p ? '' : p.kind === 'text' ? p.text : lastText(p.items.at(-1)?.body ?? []); };

function prune(body: BodyPart[]): BodyPart[] {
  return body.flatMap((p): BodyPart[] => (p.kind === 'text' ? (p.text.trim() ? [{ kind: 'text', text: p.text.trim() }] : []) : [{ ...p, items: p.items.map((i) => ({ ...i, body: prune(i.body) })) }]));
}
