/**
 * The official text of an edition as read from its PDF: chapters of blocks (numbered paragraphs,
 * unnumbered passages, figures) with footnotes kept apart. Plain data, written to
 * content/official/<edition>/ as MDX and read back by load-official.ts.
 */

/** One numbered paragraph, anchored by its official number. */
export interface OfficialParagraph {
  kind: 'para';
  /** The number as printed, without a trailing dot: "5.82", "23". */
  number: string;
  /** The permanent anchor on its chapter page: "para-5-82", "para-23". */
  anchor: string;
  /** The page number printed on the page where it starts (the PDF page index if none is printed). */
  page: number;
  /** The headings it sits under, outermost first (chapter heading first). */
  headings: string[];
  /** Its text before any bullets, in one run (line breaks and hyphenation joined). */
  text: string;
  /** Its bullets, in order. */
  bullets: string[];
  /** Text after the bullets, if any. */
  after?: string;
  /** Footnote numbers marked in it, in order; the footnotes themselves are in the chapter's list. */
  footnotes: string[];
}

/** A passage with no number: a box, or text under a heading before its first paragraph. */
export interface OfficialPassage {
  kind: 'box' | 'text';
  page: number;
  headings: string[];
  title?: string;
  text: string;
  bullets: string[];
  footnotes: string[];
}

/** A table or flowchart: kept as a figure, its words listed line by line, never as paragraphs. */
export interface OfficialFigure {
  kind: 'figure';
  figure: 'table' | 'flowchart' | 'figure';
  page: number;
  headings: string[];
  caption: string;
  lines: string[];
}

export interface OfficialHeading {
  kind: 'heading';
  level: 2 | 3;
  page: number;
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
  /** The paragraph numbering found: matches the schemes in src/model/paragraphs.ts. */
  scheme: 'chapter-dot-paragraph' | 'per-chapter' | 'continuous';
  chapters: OfficialChapter[];
}

/** A problem worth a person's look that does not stop the import. */
export interface ImportWarning {
  page?: number;
  message: string;
}

/** Bad input: the import writes nothing and prints this message. */
export class ImportError extends Error {}

/** Where a paragraph's number lives on the chapter page. */
export const anchorFor = (number: string) => `para-${number.replace(/[^0-9A-Za-z]+/g, '-').toLowerCase()}`;
