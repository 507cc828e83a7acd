/**
 * The official text of an edition as read from its PDF: chapters of blocks (numbered paragraphs,
 * unnumbered passages, boxes, figures, headings) with footnotes kept apart. A paragraph's or box's
 * body keeps its structure: runs of text and lists (bullets, lettered and roman sub-paragraphs),
 * lists nested inside list items. Plain data, written to content/official/<edition>/ as MDX and read
 * back by load-official.ts.
 */

/** How a list's items are labelled: "•", "(a)"/"a)", "(i)"/"i.", "(1)"/"1)". */
export type ListStyle = 'bullet' | 'alpha' | 'roman' | 'number';

/** One item of a list: its label as printed ("(a)", "(ii)"; "•" for every bullet) and its body. */
export interface ListItem {
  label: string;
  body: BodyPart[];
}

/** A run of text, or a list. Text has line breaks and hyphenation joined; "[^3]" marks a footnote. */
export type BodyPart = { kind: 'text'; text: string } | { kind: 'list'; style: ListStyle; items: ListItem[] };

interface Placed {
  /** The page number printed where it starts (the PDF page index where no arabic number is printed). */
  page: number;
  /**
   * Set when that page prints no number and `page` was worked out from the pages either side (both
   * agree). Shown as worked out, never as printed.
   */
  pageInferred?: true;
  /**
   * Set when that page prints no number and the pages either side do not agree on one: `page` is
   * then its place in the PDF file (PDF page N), never shown as a printed number.
   */
  pageFromFile?: true;
  /** The page label as printed when it is not an arabic number ("iii" in the front matter). */
  pageLabel?: string;
  /** The headings it sits under, outermost first (chapter heading first). */
  headings: string[];
}

/** One numbered paragraph, anchored by its official number. */
export interface OfficialParagraph extends Placed {
  kind: 'para';
  /** The number as printed, without a trailing dot: "5.82", "23", "A1", "A.1", "B12". */
  number: string;
  /** The permanent anchor on its chapter page: "para-5-82", "para-23", "para-a1". */
  anchor: string;
  /** Its text and sub-paragraph lists, in order. */
  body: BodyPart[];
  /** Its whole text flattened to one string, list labels included (derived from body). */
  text: string;
  /** Footnote numbers marked in it, in order; the footnotes themselves are in the chapter's list. */
  footnotes: string[];
}

/** A passage with no number: a box (shaded, bordered or with a side bar), or unnumbered text. */
export interface OfficialPassage extends Placed {
  kind: 'box' | 'text';
  /** How a box is drawn on the page. */
  frame?: 'shaded' | 'border' | 'bar';
  title?: string;
  body: BodyPart[];
  /** Its whole text flattened (derived from body). */
  text: string;
  footnotes: string[];
}

/** A table, flowchart or other figure: kept out of the paragraphs, its words in reading order. */
export interface OfficialFigure extends Placed {
  kind: 'figure';
  figure: 'table' | 'flowchart' | 'figure';
  /** The caption as printed ("Table 2: ..."), or "" when it has none. */
  caption: string;
  /** The last page it runs onto, when it runs over several pages. */
  lastPage?: number;
  /** Set when lastPage prints no number and was worked out from the pages either side. */
  lastPageInferred?: true;
  /** Set when lastPage prints no number and is its place in the PDF file. */
  lastPageFromFile?: true;
  /** Its words line by line (a table: one line per row, cells joined by " | "; a chart: one per box). */
  lines: string[];
  /** A table's cells, row by row, when its grid could be read. */
  rows?: string[][];
}

export interface OfficialHeading {
  kind: 'heading';
  level: 2 | 3;
  page: number;
  pageInferred?: true;
  pageFromFile?: true;
  pageLabel?: string;
  text: string;
}

export type OfficialBlock = OfficialParagraph | OfficialPassage | OfficialFigure | OfficialHeading;

export interface OfficialFootnote {
  number: string;
  page: number;
  text: string;
}

export interface OfficialChapter {
  /** The chapter key: "5", "appendix-a", or a slug of its heading for front matter ("introduction"). */
  key: string;
  /** The file name and address it is written to: "chapter-5", "appendix-a", "introduction". */
  slug: string;
  title: string;
  page: number;
  blocks: OfficialBlock[];
  footnotes: OfficialFootnote[];
}

export interface OfficialEdition {
  edition: string;
  /** The paragraph numbering of the main text (annex numbers such as A1 run on their own). */
  scheme: 'chapter-dot-paragraph' | 'per-chapter' | 'continuous';
  chapters: OfficialChapter[];
}

/** A problem worth a person's look that does not stop the import (unless --strict). */
export interface ImportWarning {
  page?: number;
  message: string;
}

/** Bad input: the import writes nothing and prints this one-line message. */
export class ImportError extends Error {}

/** Where a paragraph's number lives on the chapter page: "5.82" -> "para-5-82", "A1" -> "para-a1". */
export const anchorFor = (number: string) => `para-${number.replace(/[^0-9A-Za-z]+/g, '-').toLowerCase()}`;

/** A body's text flattened: runs and list items in order, labels kept ("(a) ..."), bullets without their glyph. */
export function flattenBody(body: BodyPart[]): string {
  const parts: string[] = [];
  for (const p of body) {
    if (p.kind === 'text') parts.push(p.text);
    else for (const item of p.items) parts.push([p.style === 'bullet' ? '' : item.label, flattenBody(item.body)].filter(Boolean).join(' '));
  }
  return parts.filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
}

/** Every text run of a body, lists included (for footnote markers and text fixes). */
export function bodyTexts(body: BodyPart[]): string[] {
  return body.flatMap((p) => (p.kind === 'text' ? [p.text] : p.items.flatMap((i) => bodyTexts(i.body))));
}

/** Applies a change to every text run of a body, in place. */
export function mapBodyText(body: BodyPart[], f: (t: string) => string): void {
  for (const p of body) {
    if (p.kind === 'text') p.text = f(p.text);
    else for (const i of p.items) mapBodyText(i.body, f);
  }
}

/** The number of lists in a body, nested ones included. */
export const countLists = (body: BodyPart[]): number => body.reduce((n, p) => n + (p.kind === 'list' ? 1 + p.items.reduce((m, i) => m + countLists(i.body), 0) : 0), 0);
