/**
 * Finds Working Together citations and edition references in running text, as local procedures
 * write them: "Working Together 2018, chapter 4, paragraph 23", "WT2010 5.82", "paras 5.82-5.84 of
 * Working Together 2010", "Working Together to Safeguard Children (HM Government, 2015)". Each
 * citation is written out plainly ("WT2010 5.82") and read by the site's own citation parser, so
 * the checker and the search box agree on what a citation means. Pure: runs in the browser.
 */
import { parseCitation, type ParsedCitation } from '../../search/citation-parse.ts';

export interface TextSpan {
  /** Where it starts and ends in the text. */
  start: number;
  end: number;
  /** The words as written. */
  text: string;
}

export interface FoundCitation extends TextSpan {
  /** The citation written plainly, e.g. "WT2010 5.82". */
  query: string;
  parsed: ParsedCitation;
}

export interface FoundEditionReference extends TextSpan {
  /** The year named, e.g. "2018". */
  year: string;
  /** True when the text spells out "Working Together" (not just "WT"). */
  spelled: boolean;
}

const Y4 = String.raw`(?:19|20)\d{2}`;
const PUBLISHER = String.raw`(?:(?:hm\s+government|department\s+for\s+education|dfe)\s*,?\s*)?`;
/** "Working Together [to Safeguard Children] [(HM Government,] 2018[)]", "WT2018", "WT '18", "the 2018 Working Together". */
const MENTION = new RegExp(
  String.raw`\bworking\s+together(?:\s+to\s+safeguard\s+children)?\s*[:,–-]?\s*\(?\s*${PUBLISHER}(?:(${Y4})\b|'(\d{2})\b)\s*\)?` +
    String.raw`|\bwt\s*'?(${Y4}|\d{2})\b` +
    String.raw`|\b(${Y4})\s+(?:edition\s+of\s+)?working\s+together(?:\s+to\s+safeguard\s+children)?\b`,
  'gi',
);
const PARA_WORD = String.raw`(?:paragraphs?|paras?\.?|pp?\.|§|¶)`;
const CHAPTER_WORD = String.raw`(?:chapter|chap\.?|ch\.?)`;
const NUMBER = String.raw`(\d+)(?:\.(\d+))?`;
/** More numbers after the first: a range ("-5.84", "to 5.84") or a list (", 5.90 and 5.91"). */
const MORE = String.raw`((?:\s*(?:-|–|to|and|&|,)\s*(?:\d+\.)?\d+\b(?!\s*(?:years?|days?|hours?|weeks?|months?)))*)`;
/** Right after a mention: ", chapter 4, paragraph 23", " 5.82", ": para 48". */
const AFTER = new RegExp(String.raw`^\s*[,:(]?\s*(?:(?:at|see|in)\s+)?(?:${CHAPTER_WORD}\s*(\d+)\s*,?\s*)?(${PARA_WORD}\s*)?${NUMBER}\b${MORE}`, 'i');
/** Right before a mention: "paragraph 5.82 of ", "paras 23 to 25 of chapter 4 of ", "5.82 ". */
const BEFORE = new RegExp(String.raw`(?:${CHAPTER_WORD}\s*(\d+)\s*,?\s*)?(${PARA_WORD}\s*)?${NUMBER}${MORE}(?:\s*,?\s*(?:of|in)\s+${CHAPTER_WORD}\s*(\d+))?\s*,?\s*(?:(?:of|in|from)\s+)?(?:the\s+)?$`, 'i');

/** The words as written, spaces made single, a closing bracket dropped when its opening one is not there. */
function tidy(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return (t.match(/\)/g)?.length ?? 0) > (t.match(/\(/g)?.length ?? 0) ? t.replace(/\s*\)$/, '') : t;
}

const yearOf = (m: RegExpExecArray): string => {
  const y = m[1] ?? m[2] ?? m[3] ?? m[4];
  return y.length === 2 ? `20${y}` : y;
};

interface Locator { chapter?: string; paraWord: boolean; first: [string, string | undefined]; more: string; length: number }

function readLocator(m: RegExpExecArray | null, chapterAt: number, paraAt: number, numberAt: number, extraChapterAt?: number): Locator | null {
  if (!m) return null;
  const chapter = m[chapterAt] ?? (extraChapterAt ? m[extraChapterAt] : undefined);
  const dotted = m[numberAt + 1] !== undefined;
  const paraWord = !!m[paraAt];
  // A bare number is a paragraph only when the text says so ("para", "chapter") or writes it dotted.
  if (!dotted && !paraWord && !chapter) return null;
  return { chapter, paraWord, first: [m[numberAt], m[numberAt + 1]], more: m[numberAt + 2] ?? '', length: m[0].length };
}

/** "WT2010 5.82", "WT2018 chapter 4 paragraph 23", "WT2023 paragraph 48". */
function plain(year: string, chapter: string | undefined, [a, b]: [string, string | undefined]): string {
  if (b !== undefined) return `WT${year} ${a}.${b}`;
  return chapter ? `WT${year} chapter ${chapter} paragraph ${a}` : `WT${year} paragraph ${a}`;
}

/** Each paragraph a locator names: the first, and each further one in a list (a range counts by its first). */
function numbersOf(loc: Locator): [string, string | undefined][] {
  const out: [string, string | undefined][] = [loc.first];
  const parts = loc.more.split(/\s*(?:and|&|,)\s*/i).slice(1);
  for (const part of parts) {
    const head = /^(\d+)(?:\.(\d+))?/.exec(part.trim());
    // Only numbers written the same way as the first: "5.82, 5.90", not "5.82, 10 children".
    if (head && (head[2] === undefined) === (loc.first[1] === undefined)) out.push([head[1], head[2]]);
  }
  return out;
}

export function findCitations(text: string, editions: string[]): { citations: FoundCitation[]; editions: FoundEditionReference[] } {
  const citations: FoundCitation[] = [];
  const references: FoundEditionReference[] = [];
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(text); m; m = MENTION.exec(text)) {
    const year = yearOf(m);
    const start = m.index, end = start + m[0].length;
    const after = readLocator(AFTER.exec(text.slice(end, end + 80)), 1, 2, 3);
    const beforeText = text.slice(Math.max(0, start - 80), start);
    const before = after ? null : readLocator(BEFORE.exec(beforeText), 1, 2, 3, 6);
    const loc = after ?? before;
    if (!loc) {
      references.push({ start, end, text: tidy(m[0]), year, spelled: m[3] === undefined });
      continue;
    }
    const spanStart = after ? start : start - loc.length;
    const spanEnd = after ? end + loc.length : end;
    const written = tidy(text.slice(spanStart, spanEnd));
    for (const n of numbersOf(loc)) {
      const query = plain(year, n[1] === undefined ? loc.chapter : undefined, n);
      const parsed = parseCitation(query, editions);
      if (parsed) citations.push({ start: spanStart, end: spanEnd, text: written, query, parsed });
    }
    if (after) MENTION.lastIndex = spanEnd;
  }
  return { citations, editions: references };
}
