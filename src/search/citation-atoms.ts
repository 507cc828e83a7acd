/**
 * The parts a citation is built from, read from tokens in any order and typography: the guidance
 * named ("Working Together", "WT", "WTSC", with its year), a year or date (of publication, a draft
 * or a printing), a chapter or appendix (by number, number word or roman numeral, with the title
 * written after it), a flowchart, paragraphs (lists and ranges), pages, a definition, and the words
 * around them. Pure: runs in the browser.
 */
import { isYear, monthOf, numberWord, type Token } from './citation-tokens.ts';
import { PAGE_WORDS, DEFINITION_WORDS, PREVIOUS, CURRENT, UNIT_AFTER, NOT_A_YEAR_AFTER, PRINTING_CUES, DRAFT_CUES, PUBLISHED_CUES, GLUE, SUBTITLE, isChapterWord, isAppendixWord, isParaWord, isWorking, isTogether } from './citation-words.ts';

export { GLUE } from './citation-words.ts';

export interface ParaRef {
  /** The chapter the number carries ("5" in 5.82), or null for a bare number. */
  chapter: string | null;
  n: number;
  dotted: boolean;
}

export type Atom =
  | { k: 'guide'; spelled: boolean; year?: string; month?: number; role?: 'draft'; relative?: 'current' | 'previous' }
  | { k: 'year'; year: string; month?: number; role?: 'printing' | 'draft' | 'published' }
  | { k: 'chapter'; key: string; to?: string; appendix: boolean; title?: string }
  | { k: 'flowchart'; n: number; title?: string }
  | { k: 'para'; list: ParaRef[]; word: boolean }
  | { k: 'page'; a: number; b: number }
  | { k: 'definition' }
  | { k: 'title'; text: string }
  | { k: 'word'; w: string }
  | { k: 'glue' }
  | { k: 'break' };

export type Placed = Atom & { start: number; end: number };

export class AtomReader {
  private readonly tok: Token[];
  private readonly text: string;
  constructor(tokens: Token[], text: string) { this.tok = tokens; this.text = text; }
  /** The text from token a to token b (inclusive), as written, spaces made single. */
  private span(a: number, b: number): string { return this.text.slice(this.tok[a].start, this.tok[b].end).replace(/\s+/g, ' ').replace(/^[\s'‘’"“”,:;(-]+|[\s'‘’"“”,:;)-]+$/g, ''); }

  private t(i: number): string { return this.tok[i]?.t ?? ''; }
  private num(i: number): boolean { return this.tok[i]?.kind === 'num'; }
  private word(i: number): boolean { return this.tok[i]?.kind === 'word'; }
  /** Skips marks such as "." ":" "(" after a keyword. */
  private skipMarks(i: number, marks = '.:(#'): number {
    while (this.tok[i]?.kind === 'mark' && marks.includes(this.tok[i].t)) i++;
    return i;
  }

  /** The atom starting at token i, and where the next one starts. */
  read(i: number): { atom: Atom; next: number } {
    const t = this.t(i);
    const tok = this.tok[i];
    if (tok.kind === 'mark') return this.mark(i);
    return this.guide(i) ?? this.locator(i) ?? this.date(i) ?? this.other(i, t);
  }

  private mark(i: number): { atom: Atom; next: number } {
    const t = this.t(i);
    if (t === ';' || t === '!' || t === '?') return { atom: { k: 'break' }, next: i + 1 };
    if (t === '.' && this.tok[i + 1]?.spaced && !/^(?:e|i)$/.test(this.t(i - 1))) return { atom: { k: 'break' }, next: i + 1 };
    if (t === "'") {
      // An apostrophe inside a word ("children's") or before a two-digit year is not a quote.
      if (!this.tok[i + 1]?.spaced && this.word(i + 1) && !this.tok[i].spaced) return { atom: { k: 'glue' }, next: i + 2 };
      // Quotes around the guidance's name or a part ("‘chapter 2’") are read through, not as a title.
      if (this.tok[i + 1] && (this.guide(i + 1) || this.locator(i + 1) || isYear(this.tok[i + 1]))) return { atom: { k: 'glue' }, next: i + 1 };
      const close = this.tok.findIndex((x, j) => j > i && x.t === "'" && (this.tok[j + 1]?.spaced !== false || this.tok[j + 1]?.kind === 'mark'));
      if (close > i + 1 && close - i <= 24 && this.tok.slice(i + 1, close).some((x) => x.kind === 'word'))
        return { atom: { k: 'title', text: this.span(i + 1, close - 1) }, next: close + 1 };
    }
    if (t === '§' || t === '¶') return this.paragraphs(i + 1, true) ?? { atom: { k: 'glue' }, next: i + 1 };
    return { atom: { k: 'glue' }, next: i + 1 };
  }

  /** "Working Together [to Safeguard Children] [(HM Government, March] 2018[)]", "WT18", "WT '10", "WTSC". */
  private guide(i: number): { atom: Atom; next: number } | null {
    let j: number;
    if (isWorking(this.t(i)) && isTogether(this.t(i + 1))) {
      j = i + 2;
      if (this.t(j) === 'to' && this.t(j + 1) === 'safeguard' && this.t(j + 2) === 'children') j += 3;
    } else if (/^(?:wt|wtsc|wttsc|wtg)$/.test(this.t(i))) j = i + 1;
    else return null;
    const atom: Extract<Atom, { k: 'guide' }> = { k: 'guide', spelled: this.t(i) === 'working' };
    // "the old WT", "current version of Working Together", "the most recent Working Together".
    for (let b = i - 1; b >= Math.max(0, i - 4); b--) {
      const x = this.t(b);
      if (PREVIOUS.has(x) || CURRENT.has(x)) { atom.relative = PREVIOUS.has(x) ? 'previous' : 'current'; break; }
      if (!/^(?:the|most|version|edition|of|a)$/.test(x)) break;
    }
    // Subtitle: ": A guide to inter-agency working to safeguard and promote the welfare of children".
    let k = this.skipMarks(j, ':-,');
    if (this.t(k) === 'a' && this.t(k + 1) === 'guide') {
      while (SUBTITLE.has(this.t(k)) || this.t(k) === '-' || this.t(k) === ',') k++;
      j = k;
    }
    const marksFrom = j;
    k = this.skipMarks(j, ",:-('[");
    const quoted = this.tok.slice(marksFrom, k).some((x) => x.t === "'");
    while (/^(?:hm|government|dfe|dcsf|department|for|education|children|schools|and|families)$/.test(this.t(k)) || this.t(k) === ',') k++;
    const month = monthOf(this.t(k));
    if (month && isYear(this.tok[k + 1])) { atom.month = month; k++; }
    if (isYear(this.tok[k])) {
      atom.year = this.t(k);
      j = this.skipMarks(k + 1, ")]");
      if (DRAFT_CUES.has(this.t(j)) || DRAFT_CUES.has(this.t(i - 1))) atom.role = 'draft';
    } else if ((quoted || (k === j && this.t(i).startsWith('wt'))) && /^\d{2}$/.test(this.t(k)) && Number(this.t(k)) < 50 && !UNIT_AFTER.test(this.t(k + 1))) {
      atom.year = `20${this.t(k)}`;
      j = this.skipMarks(k + 1, ")]");
    }
    return { atom, next: j };
  }

  private locator(i: number): { atom: Atom; next: number } | null {
    const t = this.t(i);
    if (isChapterWord(t) || (t === 'c' && this.num(i + 1) && !this.tok[i + 1].spaced && !this.t(i + 1).includes('.'))) return this.chapter(i, false);
    if (isAppendixWord(t)) return this.chapter(i, true);
    if (t === 'flowchart' || t === 'flowcharts' || (t === 'flow' && /^(?:chart|charts|diagram)$/.test(this.t(this.skipMarks(i + 1, '-'))))) return this.flowchart(i);
    if (isParaWord(t)) return this.paragraphs(this.skipMarks(i + 1, '.:'), true);
    if (PAGE_WORDS.has(t) && (this.num(this.skipMarks(i + 1, '.:')) )) return this.pages(i);
    if (DEFINITION_WORDS.has(t) || (t === 'meaning' && this.t(i + 1) === 'of')) return { atom: { k: 'definition' }, next: i + 1 };
    // "the fifth chapter", "4th chapter"
    const ord = numberWord(t);
    if (ord !== null && isChapterWord(this.t(i + 1)) && !this.num(i + 2) && numberWord(this.t(i + 2)) === null) return { atom: { k: 'chapter', key: String(ord), appendix: false }, next: i + 2 };
    if (this.num(i) && /^(?:st|nd|rd|th)$/.test(this.t(i + 1)) && isChapterWord(this.t(i + 2))) return { atom: { k: 'chapter', key: String(Number(t)), appendix: false }, next: i + 3 };
    // "5.82", "A.3": a paragraph with its chapter.
    if (this.num(i) && t.includes('.')) return this.paragraphs(i, false);
    if (this.word(i) && t.length === 1 && /[a-h]/.test(t) && this.t(i + 1) === '.' && !this.tok[i + 1].spaced && this.num(i + 2) && !this.tok[i + 2].spaced && !this.t(i + 2).includes('.'))
      return { atom: { k: 'para', list: [{ chapter: t.toUpperCase(), n: Number(this.t(i + 2)), dotted: true }], word: false }, next: i + 3 };
    return null;
  }

  private chapter(i: number, appendix: boolean): { atom: Atom; next: number } | null {
    let j = this.skipMarks(i + 1, '.:#');
    if (this.t(j) === 'no' || this.t(j) === 'number') j = this.skipMarks(j + 1, '.:');
    const key = this.chapterKey(j, appendix);
    if (!key) return null;
    const atom: Extract<Atom, { k: 'chapter' }> = { k: 'chapter', key, appendix };
    j++;
    if (/^(?:-|to|and|&)$/.test(this.t(j)) && this.chapterKey(j + 1, appendix)) { atom.to = this.chapterKey(j + 1, appendix)!; j += 2; }
    const title = this.title(j);
    if (title) { atom.title = title.text; j = title.next; }
    return { atom, next: j };
  }

  private chapterKey(j: number, appendix: boolean): string | null {
    const t = this.t(j);
    if (appendix && this.word(j) && t.length === 1 && /[a-h]/.test(t)) return t.toUpperCase();
    if (this.num(j) && t.includes('.')) return null;
    const n = numberWord(t, true);
    return n === null ? null : String(n);
  }

  private flowchart(i: number): { atom: Atom; next: number } | null {
    let j = this.t(i) === 'flow' ? this.skipMarks(i + 1, '-') + 1 : i + 1;
    j = this.skipMarks(j, '.:#');
    if (this.t(j) === 'no' || this.t(j) === 'number') j = this.skipMarks(j + 1, '.:');
    const n = numberWord(this.t(j), true);
    if (n === null) return null;
    const title = this.title(j + 1);
    return { atom: { k: 'flowchart', n, ...(title ? { title: title.text } : {}) }, next: title ? title.next : j + 1 };
  }

  /** The words written after a chapter or flowchart number, as its title: up to a bracket, full stop or the next part. */
  private title(i: number): { text: string; next: number } | null {
    let j = this.skipMarks(i, ':-,(');
    const quoted = this.t(j) === "'";
    if (quoted) j++;
    const words: number[] = [];
    let after = j;
    for (; j < this.tok.length && words.length < 16; j++) {
      const x = this.tok[j];
      if (x.newline && words.length) break;
      if (x.kind === 'mark') {
        if (x.t === "'" && !this.tok[j + 1]?.spaced && this.word(j + 1) && !x.spaced) { j++; continue; }
        if (x.t === "'" && quoted) { after = j + 1; break; }
        if (/^[-,&/]$/.test(x.t)) continue;
        break;
      }
      if (x.kind === 'num' || this.guide(j) || this.locator(j) || (monthOf(x.t) && isYear(this.tok[j + 1]))) break;
      words.push(j);
    }
    after = Math.max(after, j);
    const trim = (x: string) => GLUE.has(x) || PREVIOUS.has(x) || CURRENT.has(x);
    while (words.length && trim(this.t(words[0]))) words.shift();
    while (words.length && trim(this.t(words[words.length - 1]))) words.pop();
    return words.length ? { text: this.span(words[0], words[words.length - 1]), next: after } : null;
  }

  /** "5.82", "5.82-5.84", "5.82, 5.90 and 5.91", "23 to 25". */
  paragraphs(i: number, word: boolean): { atom: Atom; next: number } | null {
    const first = this.paraRef(i);
    if (!first || (!word && !first.dotted)) return null;
    const list = [first];
    let j = i + 1;
    for (;;) {
      const sep = this.t(j);
      const ref = this.paraRef(j + 1);
      if (!ref || ref.dotted !== first.dotted) break;
      if (/^(?:-|to|\/)$/.test(sep)) { j += 2; continue; }
      if (/^(?:,|and|&)$/.test(sep)) { list.push(ref); j += 2; continue; }
      break;
    }
    return { atom: { k: 'para', list, word }, next: j };
  }

  private paraRef(i: number): ParaRef | null {
    if (!this.num(i) || UNIT_AFTER.test(this.t(i + 1)) || isYear(this.tok[i])) return null;
    const [a, b] = this.t(i).split('.');
    if (b !== undefined) return Number(a) <= 40 && b.length <= 3 ? { chapter: String(Number(a)), n: Number(b), dotted: true } : null;
    return a.length <= 3 ? { chapter: null, n: Number(a), dotted: false } : null;
  }

  private pages(i: number): { atom: Atom; next: number } | null {
    const j = this.skipMarks(i + 1, '.:');
    const a = this.t(j);
    if (!/^\d{1,3}$/.test(a) || UNIT_AFTER.test(this.t(j + 1))) return null;
    if (/^(?:-|to|\/|and|&)$/.test(this.t(j + 1)) && /^\d{1,3}$/.test(this.t(j + 2)) && Number(this.t(j + 2)) >= Number(a))
      return { atom: { k: 'page', a: Number(a), b: Number(this.t(j + 2)) }, next: j + 3 };
    return { atom: { k: 'page', a: Number(a), b: Number(a) }, next: j + 1 };
  }

  /** A year, "March 2010", "15 April 2013", "(2020 update)", "amended Dec 2020", "draft of December 2009". */
  private date(i: number): { atom: Atom; next: number } | null {
    let j = i;
    const month = monthOf(this.t(j));
    if (month && isYear(this.tok[j + 1])) j++;
    else if (!isYear(this.tok[j])) return null;
    const before = this.t(i - 1);
    if (!month && NOT_A_YEAR_AFTER.has(before)) return null;
    const atom: Extract<Atom, { k: 'year' }> = { k: 'year', year: this.t(j), ...(month ? { month } : {}) };
    const cues = [this.t(i - 1), this.t(i - 2), this.t(i - 3), this.t(i - 4)];
    if (PRINTING_CUES.has(this.t(j + 1)) || cues.some((c) => PRINTING_CUES.has(c))) atom.role = 'printing';
    else if (cues.some((c) => DRAFT_CUES.has(c)) || DRAFT_CUES.has(this.t(j + 1))) atom.role = 'draft';
    else if (cues.some((c) => PUBLISHED_CUES.has(c))) atom.role = 'published';
    const next = PRINTING_CUES.has(this.t(j + 1)) ? j + 2 : j + 1;
    return { atom, next };
  }

  private other(i: number, t: string): { atom: Atom; next: number } {
    if (this.num(i)) return { atom: { k: 'word', w: t }, next: i + 1 };
    if (GLUE.has(t) || PRINTING_CUES.has(t) || DRAFT_CUES.has(t) || PUBLISHED_CUES.has(t) || PREVIOUS.has(t) || CURRENT.has(t) || monthOf(t)) return { atom: { k: 'glue' }, next: i + 1 };
    return { atom: { k: 'word', w: t }, next: i + 1 };
  }
}

/** Every atom of a text, in order, with where it stands. */
export function atomsOf(tokens: Token[], text: string): Placed[] {
  const reader = new AtomReader(tokens, text);
  const out: Placed[] = [];
  for (let i = 0; i < tokens.length; ) {
    const { atom, next } = reader.read(i);
    const end = tokens[Math.max(i, next - 1)].end;
    if (tokens[i].newline && out.length && tokens[i - 1]?.t !== ',') out.push({ k: 'break', start: tokens[i].start, end: tokens[i].start });
    out.push({ ...atom, start: tokens[i].start, end });
    i = Math.max(next, i + 1);
  }
  return out;
}
