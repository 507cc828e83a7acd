/**
 * Lines joined into running text, and words broken at line ends rejoined. While the document is
 * read, a line that ends in a hyphen after a letter, before a line starting with a letter, is joined
 * with a marker for the kind of hyphen; once all the text is read, each marker is decided on
 * evidence, strongest first. Some producers set the line-end hyphen apart (its own text item, or
 * justification spacing before it: "re -"): such a hyphen is marked too, and read as a dash between
 * two words only when both parts are words and together they make none.
 * 1. a soft hyphen (U+00AD), or a typographic hyphen (U+2010) in a document that never prints one
 *    inside a line, was put there by the typesetter: the word is rejoined;
 * 2. the document itself: the joined word or the hyphenated form, whichever it prints more often
 *    inside its lines (so "multi-agency" keeps its hyphen and "safeguarding" is rejoined);
 * 3. the parts: a capital or digit after the break, a prefix that makes compounds ("multi",
 *    "cross", "self") or a second part such as "based", "led", "making" keeps the hyphen when the
 *    parts are words; otherwise an English word list (an-array-of-english-words) decides: a joined
 *    word that is a word is rejoined, two words that do not make one keep their hyphen, and anything
 *    else (names, rare words) is rejoined.
 */
import { createRequire } from 'node:module';

const HARD = '\uE000';
const TYPO = '\uE001';
const SOFT = '\uE002';
/** A hyphen set apart from the letters before it at a line end ("re -"). */
const APART = '\uE003';
const MARKS = /[\uE000-\uE003]/;

/** Joins a line onto running text, marking a word broken by a line-end hyphen (set apart or not). */
export function joinLine(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  const m = /([\p{L}])(\s*)([-\u2010\u00AD])$/u.exec(a);
  if (m && /^\p{L}/u.test(b)) {
    const mark = m[3] === '\u00AD' ? SOFT : m[2] ? APART : m[3] === '-' ? HARD : TYPO;
    return a.slice(0, a.length - m[2].length - 1) + mark + b;
  }
  return `${a} ${b}`;
}

const STRONG_PREFIX = new Set(['multi', 'cross', 'self', 'well', 'non', 'anti', 'semi', 'post', 'cyber', 'e', 'intra', 'socio', 'step', 'half', 'mid', 'ultra', 'counter', 'extra', 'pan', 'quasi', 'ex']);
const WEAK_PREFIX = new Set(['pre', 'pro', 're', 'sub', 'over', 'under', 'inter', 'co', 'de', 'trans', 'out', 'up', 'in']);
const SECOND = new Set(['based', 'led', 'making', 'centred', 'centered', 'focused', 'wide', 'term', 'related', 'specific', 'level', 'friendly', 'free', 'owned', 'run', 'known', 'aged', 'like', 'up', 'out', 'off', 'down', 'informed', 'sensitive', 'minded', 'funded', 'focussed', 'agency', 'time', 'day', 'year', 'being']);

let words: Set<string> | undefined;
const dictionary = () => (words ??= new Set<string>(createRequire(import.meta.url)('an-array-of-english-words') as string[]));
/** Is this an English word (the list of an-array-of-english-words, any case)? */
export const isWord = (w: string) => w.length >= 2 && dictionary().has(w.toLowerCase());

/** The counts of words and hyphenated words printed inside lines, for the evidence of rule 2. */
export function vocabulary(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of texts) for (const m of t.matchAll(/[\p{L}\uE000-\uE003\u2010-]+/gu)) {
    if (MARKS.test(m[0])) continue;
    for (const w of new Set([m[0], ...m[0].split(/[-\u2010]/)])) {
      const k = w.toLowerCase().replace(/\u2010/g, '-').replace(/^-+|-+$/g, '');
      if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  return counts;
}

/** Keep the hyphen between two parts of a word broken at a line end? */
export function keepHyphen(left: string, right: string, vocab: Map<string, number>): boolean {
  const joined = (left + right).toLowerCase();
  const hyph = `${left}-${right}`.toLowerCase();
  const j = vocab.get(joined) ?? 0;
  const h = vocab.get(hyph) ?? 0;
  if (j !== h) return h > j;
  if (/^[\p{Lu}\d]/u.test(right) || (left.length > 1 && left === left.toUpperCase())) return true;
  const l = left.toLowerCase();
  const r = right.toLowerCase();
  const lastPart = l.split(/[^\p{L}]/u).at(-1) ?? l;
  if (STRONG_PREFIX.has(lastPart) && r.length >= 3 && isWord(r)) return true;
  if (WEAK_PREFIX.has(lastPart) && r.length >= 3 && isWord(r) && !isWord(joined)) return true;
  if (SECOND.has(r) && lastPart.length >= 3 && isWord(lastPart)) return true;
  if (isWord(joined)) return false;
  return lastPart.length >= 3 && r.length >= 3 && isWord(lastPart) && isWord(r);
}

/** Is this a word, by the word list or by the document printing it? */
const known = (w: string, vocab: Map<string, number>) => isWord(w) || (vocab.get(w.toLowerCase()) ?? 0) > 0;

/** A hyphen set apart at a line end is a dash when both parts are words that make no word together. */
export const isDash = (left: string, right: string, vocab: Map<string, number>) => known(left, vocab) && known(right, vocab) && !known(left + right, vocab) && !vocab.get(`${left}-${right}`.toLowerCase());

/** Decides every marked break in a text (see the rules above) and turns U+2010 into "-". */
export function resolveBreaks(text: string, vocab: Map<string, number>, typoInsideLines: boolean): string {
  if (!MARKS.test(text) && !/[\u2010\u00AD]/.test(text)) return text;
  return text
    .replace(/([\p{L}\u2010-]*)([\uE000-\uE003])(\p{L}+)/gu, (_, left: string, mark: string, right: string) => {
      const tail = left.split(/[-\u2010]/).at(-1) ?? left;
      if (mark === APART && isDash(tail, right, vocab)) return `${left} - ${right}`;
      const discretionary = mark === SOFT || (mark === TYPO && !typoInsideLines);
      return left + (discretionary || !keepHyphen(tail, right, vocab) ? '' : '-') + right;
    })
    .replace(/\u2010/g, '-')
    .replace(/\u00AD/g, '');
}

/** True when the texts print a typographic hyphen (U+2010) inside a line, as their ordinary hyphen. */
export const printsTypoHyphen = (texts: Iterable<string>) => { for (const t of texts) if (/\p{L}\u2010\p{L}/u.test(t)) return true; return false; };
