/**
 * Groups the parts of a text into citations: the parts that stand together, in any order, joined
 * only by words that say nothing of their own ("of", "at", "see", "the guidance", brackets, quotes).
 * A sentence or a blank line ends a citation, as do a few words of other matter; a second mention
 * of the guidance, or a second chapter or page, starts the next one. The search box and the
 * document checker both read text this way. Pure: runs in the browser.
 */
import { atomsOf, type Atom, type ParaRef, type Placed } from './citation-atoms.ts';
import { tokenize } from './citation-tokens.ts';

export interface CitationParts {
  /** Where the citation starts and ends in the text. */
  start: number;
  end: number;
  /** It names the guidance: "Working Together", "WT", "WTSC". */
  guidance: boolean;
  /** It spells the name out ("Working Together"), not just "WT". */
  spelled: boolean;
  /** The year that names the edition, with its month where given ("March 2010"). */
  year?: string;
  month?: number;
  /** The year is that of a draft ("the draft of December 2009") or of publication ("published in ..."). */
  yearRole?: 'draft' | 'published';
  /** "the old Working Together", "the current Working Together". */
  relative?: 'current' | 'previous';
  /** The printing or amendment named ("amended Dec 2020"): its year and month. */
  printing?: string;
  printingMonth?: number;
  /** A chapter or appendix by number or letter, the last of a range, and the title written with it. */
  chapter?: { key: string; to?: string; appendix: boolean };
  title?: string;
  /** Paragraphs, the first and each of a list; paraWord when the text says "para". */
  paras: ParaRef[];
  paraWord: boolean;
  /** A number written straight after the guidance or a chapter ("WT2015: 72"), read as a paragraph in a query. */
  bare?: number;
  pages?: [number, number];
  flowchart?: number;
  /** It asks for a definition ("defined in", "definition", "glossary"). */
  definition: boolean;
  /** Other words in it, for the topic. */
  words: string[];
}

const wordsOf = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];
const fresh = (): CitationParts => ({ start: -1, end: -1, guidance: false, spelled: false, paras: [], paraWord: false, definition: false, words: [] });
export const hasLocator = (c: CitationParts) => !!(c.chapter || c.paras.length || c.pages || c.flowchart !== undefined || c.definition);
/** Content words allowed between two parts of one citation. */
const MAX_GAP = 3;

/** Every citation in a text, with the words between its parts as its topic. */
export function readCitations(text: string): CitationParts[] {
  const atoms = atomsOf(tokenize(text), text);
  const out: CitationParts[] = [];
  let cur = fresh();
  let gap = 0;
  let inherited = false;
  let last: Atom['k'] | null = null;
  let pendingWords: string[] = [];

  const close = () => {
    if (cur.guidance || hasLocator(cur) || cur.year) out.push(cur);
    cur = fresh();
    gap = 0;
    inherited = false;
    last = null;
    pendingWords = [];
  };
  const begin = (a: Placed) => {
    if (gap > MAX_GAP || (gap > 1 && !cur.guidance && !hasLocator(cur))) close();
    if (cur.start < 0) cur.start = a.start;
    cur.end = a.end;
    cur.words.push(...pendingWords);
    pendingWords = [];
    gap = 0;
  };
  /** A second part of a kind the citation already has starts the next citation, which keeps the edition. */
  const repeat = (has: boolean) => {
    if (!has) return;
    const { guidance, spelled, year, month, relative } = cur;
    close();
    Object.assign(cur, { guidance, spelled, ...(year ? { year } : {}), ...(month ? { month } : {}), ...(relative ? { relative } : {}) });
    inherited = true;
  };

  for (const a of atoms) {
    switch (a.k) {
      case 'break': close(); continue;
      case 'glue': continue;
      case 'word':
        if (/^\d{1,3}$/.test(a.w) && gap === 0 && (last === 'guide' || last === 'chapter') && cur.bare === undefined && !cur.paras.length) {
          cur.bare = Number(a.w);
          cur.end = a.end;
          continue;
        }
        if (cur.start >= 0) gap++;
        if (!/^\d/.test(a.w)) pendingWords.push(a.w);
        // Before a citation starts, only the last few words can be about it.
        if (cur.start < 0 && pendingWords.length > 6) pendingWords.shift();
        continue;
      case 'guide':
        if (cur.guidance && !inherited) close();
        begin(a);
        cur.guidance = true;
        cur.spelled ||= a.spelled;
        if (a.year) { cur.year = a.year; delete cur.month; delete cur.yearRole; if (a.role) cur.yearRole = a.role; }
        if (a.month) cur.month = a.month;
        if (a.relative) cur.relative = a.relative;
        inherited = false;
        break;
      case 'year':
        if (a.role === 'printing') { begin(a); cur.printing = a.year; if (a.month) cur.printingMonth = a.month; break; }
        if (cur.year && cur.year !== a.year) close();
        begin(a);
        if (!cur.year) { cur.year = a.year; if (a.month) cur.month = a.month; if (a.role) cur.yearRole = a.role; }
        else if (a.month && !cur.month) cur.month = a.month;
        break;
      case 'chapter':
        repeat(!!cur.chapter);
        begin(a);
        cur.chapter = { key: a.key, appendix: a.appendix, ...(a.to ? { to: a.to } : {}) };
        if (a.title) cur.title = a.title;
        break;
      case 'flowchart':
        repeat(cur.flowchart !== undefined);
        begin(a);
        cur.flowchart = a.n;
        if (a.title) cur.title = a.title;
        break;
      case 'para':
        repeat(cur.paras.length > 0);
        begin(a);
        cur.paras = a.list;
        cur.paraWord ||= a.word;
        break;
      case 'page':
        repeat(!!cur.pages);
        begin(a);
        cur.pages = [a.a, a.b];
        break;
      case 'definition':
        begin(a);
        cur.definition = true;
        break;
      case 'title':
        if (cur.start >= 0 && gap <= MAX_GAP) { begin(a); if (!cur.title) cur.title = a.text; else cur.words.push(...wordsOf(a.text)); }
        else pendingWords.push(...wordsOf(a.text));
        break;
    }
    last = a.k;
  }
  close();
  return out;
}
