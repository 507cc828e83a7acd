/**
 * A chapter, appendix or front-matter item: the front matter of one MDX file,
 * content/editions/<year>/<slug>.mdx. The file name is its address: /<year>/<slug>/.
 */
import { z } from 'zod';
import { editionId, officialTitle, slug } from './common.ts';

export const chapterSchema = z
  .strictObject({
    /** The edition it belongs to, e.g. 2010 (must match the folder). */
    edition: editionId,
    /** front (preface, introduction), chapter, or appendix. */
    kind: z.enum(['front', 'chapter', 'appendix']),
    /** Its number as the edition prints it: 5 for chapter 5, "A" or 7 for an appendix; none for front matter. */
    number: z.union([z.number().int().positive(), z.string().regex(/^[A-Z0-9]+$/)]).optional(),
    /** Where front matter sorts among itself (1 first). */
    order: z.number().int().positive().optional(),
    /** The official title, e.g. "Serious case reviews" (wrap a long one over lines: content/README.md). */
    title: officialTitle,
    /** The part of the edition it sits in (a part id from edition.yaml), if any. */
    part: slug.optional(),
    /** Whether it is statutory guidance; null where our sources do not say. Must agree with its part. */
    statutory: z.boolean().nullable(),
    /** What the chapter is about, in one or two sentences of our own. */
    summary: z.string().trim().min(20, { error: 'write a summary of at least a sentence' }).max(500, {
      error: 'keep the summary under 500 characters',
    }),
    /** Default sources for every section of the file (source ids); sections may add their own. */
    sources: z.array(slug).default([]),
    /**
     * What could not be confirmed about the chapter itself, e.g. a title carried forward by
     * npm run new-edition. Shown under the chapter's heading; the terms crosswalk counts a name in
     * an unsure title as not confirmed for the edition. Remove it once a source confirms the title.
     */
    unsure: z.string().trim().min(10, { error: 'say what could not be confirmed, in a sentence' }).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.kind !== 'front' && c.number === undefined)
      ctx.addIssue({ code: 'custom', path: ['number'], message: `a ${c.kind} needs its number` });
    if (c.kind === 'front' && c.number !== undefined)
      ctx.addIssue({ code: 'custom', path: ['number'], message: 'front matter has no number: use order instead' });
  });
export type Chapter = z.infer<typeof chapterSchema>;

/** The address of a chapter file: chapter-5, appendix-7, preface ... */
export const chapterSlug = slug;
