/** Zod schemas for the official text read back from content/official/<edition>/*.mdx. */
import { z } from 'zod';

const page = z.number().int().positive();
const headings = z.array(z.string());
const footnoteRefs = z.array(z.string().regex(/^\d+$/));

export const officialParagraph = z.object({
  kind: z.literal('para'),
  /** The official number as printed: "5.82", "23". */
  number: z.string().regex(/^(?:(?:\d+|[A-Z])\.)?\d+$/, { error: 'a paragraph number is digits, or chapter.paragraph such as 5.82' }),
  /** Its anchor on the chapter page. */
  anchor: z.string().regex(/^para-[a-z0-9-]+$/),
  /** The page number printed where it starts. */
  page,
  headings,
  text: z.string(),
  bullets: z.array(z.string()),
  after: z.string().optional(),
  /** Footnote numbers marked in it. */
  footnotes: footnoteRefs,
});

export const officialPassage = z.object({ kind: z.enum(['box', 'text']), page, headings, title: z.string().optional(), text: z.string(), bullets: z.array(z.string()), footnotes: footnoteRefs });
export const officialFigure = z.object({ kind: z.literal('figure'), figure: z.enum(['table', 'flowchart', 'figure']), page, headings, caption: z.string(), lines: z.array(z.string()) });
export const officialHeading = z.object({ kind: z.literal('heading'), level: z.union([z.literal(2), z.literal(3)]), page, text: z.string().min(1) });

export const officialChapter = z.object({
  edition: z.coerce.string().regex(/^\d{4}$/),
  /** The chapter key its numbers belong to: "5", "appendix-a", "introduction". */
  chapter: z.coerce.string().min(1),
  slug: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  page,
  scheme: z.enum(['chapter-dot-paragraph', 'per-chapter', 'continuous']),
  /** The PDF it was imported from, and when. */
  source: z.string(),
  imported: z.coerce.string(),
  /** The OGL v3.0 attribution shown with the text. */
  licence: z.string().includes('Open Government Licence'),
  blocks: z.array(z.discriminatedUnion('kind', [officialParagraph, officialPassage, officialFigure, officialHeading])),
  footnotes: z.array(z.object({ number: z.string(), page, text: z.string() })),
});

export type OfficialChapterFile = z.infer<typeof officialChapter>;
