/**
 * Splits text into the tokens a citation is made of, keeping where each stands in the text: words,
 * numbers ("5", "5.82") and marks (brackets, quotes, dashes, commas). Letters and digits written
 * together are split ("WT2018" -> "wt" "2018", "p105" -> "p" "105", "Ch2" -> "ch" "2"). Curly and
 * straight quotes, and every kind of dash, are each folded to one mark. Pure: runs in the browser.
 */

export interface Token {
  /** Lower case; quotes folded to ', dashes to -. */
  t: string;
  kind: 'word' | 'num' | 'mark';
  /** Where it starts and ends in the text given. */
  start: number;
  end: number;
  /** True when a space (or line break) comes before it. */
  spaced: boolean;
  /** True when a blank line comes before it (a new paragraph of pasted text). */
  newline: boolean;
}

const TOKEN = /\p{L}+|\d+(?:\.\d+)?|[^\s\p{L}\d]/gu;
const QUOTES = /['‘’‚‛"“”„‟`´′″«»]/;
const DASHES = /[-‐‑‒–—―−]/;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index;
    const kind: Token['kind'] = /^\d/.test(raw) ? 'num' : /^\p{L}/u.test(raw) ? 'word' : 'mark';
    const t = kind === 'mark' ? (QUOTES.test(raw) ? "'" : DASHES.test(raw) ? '-' : raw) : raw.toLowerCase();
    out.push({ t, kind, start, end: start + raw.length, spaced: start > last || start === 0, newline: /\n\s*\n/.test(text.slice(last, start)) });
    last = start + raw.length;
  }
  return out;
}

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const ROMAN = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv'];

/** A chapter number however written: "4", "four", "fourth", "IV" (roman only where a chapter word precedes). */
export function numberWord(t: string, roman = false): number | null {
  if (/^\d{1,3}$/.test(t)) return Number(t);
  const unit = UNITS.indexOf(t);
  if (unit > 0) return unit;
  const ord = ORDINALS.indexOf(t);
  if (ord > 0) return ord;
  if (roman) {
    const r = ROMAN.indexOf(t);
    if (r > 0) return r;
  }
  return null;
}

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The month a word names, 1-12 ("dec", "sept", "December"), or 0. */
export function monthOf(t: string): number {
  if (t.length < 3) return 0;
  const i = MONTHS.findIndex((m) => m.startsWith(t) || (t === 'sept' && m === 'september'));
  return i >= 0 ? i + 1 : 0;
}

/** A four-digit year a citation can name (1980-2049). */
export const isYear = (t: Token | undefined): boolean => !!t && t.kind === 'num' && /^(?:19[89]\d|20[0-4]\d)$/.test(t.t);
