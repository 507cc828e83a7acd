/** Zod schemas for the official text read back from content/official/<edition>/*.mdx. */
import { z } from 'zod';

/** A page number as printed (the PDF page index where none is printed). */
const page = z.number().int().positive();
/**
 * Set when the page prints no number and `page` was worked out from the pages either side (both
 * agree); readers are told so, and it is never shown as printed.
 */
const pageInferred = z.literal(true).optional();
/**
 * Set when the page prints no number and the pages either side do not agree on one: `page` is its
 * place in the PDF file (PDF page N); readers are told so.
 */
const pageFromFile = z.literal(true).optional();
/** A page label printed in another form than arabic digits ("iii"). */
const pageLabel = z.string().regex(/^[ivxlcdm]+$/i, { error: 'a page label is a roman numeral such as iii' }).optional();
/** The headings a block sits under, outermost first. */
const headings = z.array(z.string());
/** Footnote numbers marked in a block, in order. */
const footnoteRefs = z.array(z.string().regex(/^\d+$/));

/** One list item: its printed label and its body (text, nested lists). */
export const listItem = z.object({
  /** The label as printed: "(a)", "(ii)", "1)"; "•" for a bullet. */
  label: z.string().min(1),
  /** The item's text and any list nested in it. */
  get body() { return z.array(bodyPart); },
});

/** A run of text or a list inside a paragraph, box or passage. */
export const bodyPart = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('text'),
    /** Text with line breaks and hyphenation joined; "[^3]" marks a footnote. */
    text: z.string(),
  }),
  z.object({
    kind: z.literal('list'),
    /** How its items are labelled. */
    style: z.enum(['bullet', 'alpha', 'roman', 'number']),
    /** The items, in order. */
    items: z.array(listItem).min(1),
  }),
]);

export const officialParagraph = z.object({
  kind: z.literal('para'),
  /** The official number as printed: "5.82", "23", or an annex number "A1", "A.1", "B12". */
  number: z.string().regex(/^(?:(?:\d+\.)?\d+|[A-Z]\.?\d+)$/, { error: 'a paragraph number is digits, chapter.paragraph such as 5.82, or an annex number such as A1 or A.1' }),
  /** Its anchor on the chapter page. */
  anchor: z.string().regex(/^para-[a-z0-9-]+$/),
  /** The page number printed where it starts. */
  page,
  pageInferred,
  pageFromFile,
  pageLabel,
  headings,
  /** Its text and sub-paragraph lists, in order. */
  body: z.array(bodyPart),
  /** Its whole text flattened to one string, list labels included (computed when read back). */
  text: z.string(),
  /** Footnote numbers marked in it. */
  footnotes: footnoteRefs,
});

export const officialPassage = z.object({
  /** "box" for a boxed passage, "text" for unnumbered text. */
  kind: z.enum(['box', 'text']),
  page,
  pageInferred,
  pageFromFile,
  pageLabel,
  headings,
  /** How a box is drawn: shading, a border, or a bar down its side. */
  frame: z.enum(['shaded', 'border', 'bar']).optional(),
  /** A box's title as printed. */
  title: z.string().optional(),
  /** Its text and lists, in order. */
  body: z.array(bodyPart),
  /** Its whole text flattened (computed when read back). */
  text: z.string(),
  footnotes: footnoteRefs,
});

export const officialFigure = z.object({
  kind: z.literal('figure'),
  /** What it is: a table, a flowchart, or another figure. */
  figure: z.enum(['table', 'flowchart', 'figure']),
  page,
  pageInferred,
  pageFromFile,
  pageLabel,
  /** The last page it runs onto, when it spans pages. */
  lastPage: page.optional(),
  /** Set when that last page prints no number and was worked out from the pages either side. */
  lastPageInferred: pageInferred,
  /** Set when that last page prints no number and is its place in the PDF file. */
  lastPageFromFile: pageFromFile,
  headings,
  /** The caption as printed, or "" when it has none. */
  caption: z.string(),
  /** Its words in reading order, line by line. */
  lines: z.array(z.string()),
  /** A table's cells, row by row. */
  rows: z.array(z.array(z.string())).optional(),
});

export const officialHeading = z.object({
  kind: z.literal('heading'),
  /** 2 for a section heading, 3 for a sub-heading. */
  level: z.union([z.literal(2), z.literal(3)]),
  page,
  pageInferred,
  pageFromFile,
  pageLabel,
  text: z.string().min(1),
});

export const officialChapter = z.object({
  edition: z.coerce.string().regex(/^\d{4}$/),
  /** The chapter key its numbers belong to: "5", "appendix-a", "introduction". */
  chapter: z.coerce.string().min(1),
  /** Its file name and address: "chapter-5". */
  slug: z.string().regex(/^[a-z0-9-]+$/),
  /** The chapter heading as printed. */
  title: z.string().min(1),
  /** The page its heading is printed on. */
  page,
  /** The paragraph numbering of the edition's main text. */
  scheme: z.enum(['chapter-dot-paragraph', 'per-chapter', 'continuous']),
  /** The PDF it was imported from, and when. */
  source: z.string(),
  imported: z.coerce.string(),
  /** The OGL v3.0 attribution shown with the text. */
  licence: z.string().includes('Open Government Licence'),
  /** Headings, paragraphs, passages and figures in reading order. */
  blocks: z.array(z.discriminatedUnion('kind', [officialParagraph, officialPassage, officialFigure, officialHeading])),
  /** The chapter's footnotes: number, page and text. */
  footnotes: z.array(z.object({ number: z.string(), page, text: z.string() })),
});

export type OfficialChapterFile = z.infer<typeof officialChapter>;
