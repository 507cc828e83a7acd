/** Footnote lines at the foot of a page -> footnotes: a line starting with a number opens one. */
import type { Line } from './lines.ts';
import type { OfficialFootnote } from './types.ts';

export function readFootnotes(lines: Line[], page: number): OfficialFootnote[] {
  const notes: OfficialFootnote[] = [];
  for (const l of lines) {
    const m = /^(?:\[\^(\d{1,3})\]|(\d{1,3})(?=[\s.)\p{Lu}]|$)\.?)\s*(.*)$/u.exec(l.text);
    if (m) notes.push({ number: m[1] ?? m[2], page, text: m[3] });
    else if (notes.length) notes[notes.length - 1].text += ` ${l.text}`;
  }
  return notes.map((n) => ({ ...n, text: n.text.replace(/\s+/g, ' ').trim() }));
}
