/**
 * A check that the text read is text: a page whose words are mostly not English words (a damaged
 * or oddly encoded font prints "& K D S W H U" for "Chapter") is named in a warning, so nobody
 * takes garbled text for the official wording. Judged with the same word list as hyphenation.
 */
import type { LaidOutPage } from './furniture.ts';
import { isWord } from './hyphenation.ts';
import type { ImportWarning } from './types.ts';

export function garbledPages(pages: LaidOutPage[], badGlyphs: Map<number, number>): ImportWarning[] {
  const out: ImportWarning[] = [];
  for (const p of pages) {
    const bad = badGlyphs.get(p.index) ?? 0;
    if (bad) out.push({ page: p.printed, message: `${bad} character${bad === 1 ? '' : 's'} on page ${p.label ?? p.printed} (PDF page ${p.index}) could not be read as text and ${bad === 1 ? 'was' : 'were'} left out; a font in the PDF may be damaged. Check that page against the PDF.` });
    const words = p.body.flatMap((l) => l.text.split(/\s+/)).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')).filter((w) => w.length > 0);
    if (words.length < 20) continue;
    const letters = words.filter((w) => /^\p{L}+$/u.test(w));
    const known = letters.filter((w) => w.length > 1 && isWord(w)).length;
    const singles = letters.filter((w) => w.length === 1).length;
    if (!bad && (known < words.length * 0.35 || singles > words.length * 0.4)) out.push({ page: p.printed, message: `The text of page ${p.label ?? p.printed} (PDF page ${p.index}) does not read as English words; a font in the PDF may be damaged or encoded oddly. Check that page against the PDF.` });
  }
  return out;
}
