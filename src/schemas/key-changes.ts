/**
 * What an edition changed from the one before: content/editions/<year>/key-changes.yaml.
 * In the shape of the briefings councils write (chapter by chapter), in our words, with every
 * point linked to the provisions it concerns, so a manager can go straight to them.
 */
import { z } from 'zod';
import { line, slug } from './common.ts';

/** One change, stated in our words and linked to the provisions concerned. */
const changeSchema = z.strictObject({
  /** The change, in a sentence or two of our own. */
  text: z.string().trim().min(10, { error: 'state the change in a sentence' }),
  /** Sections or provisions of this edition it concerns (at least one). */
  links: z.array(slug).min(1, { error: 'link each change to at least one section or provision of this edition' }),
  /** Provisions of the previous edition it replaces or changes, if useful. */
  previous: z.array(slug).optional(),
});

export const keyChangesSchema = z.strictObject({
  /** The edition's changes in one paragraph of our own. */
  summary: z.string().trim().min(20, { error: 'summarise the changes in a paragraph' }),
  /** The one-page overview a board would pin up: the handful of points that matter most. */
  atAGlance: z.array(changeSchema).default([]),
  /** Changes chapter by chapter, in the edition's chapter order. */
  chapters: z.array(
    z.strictObject({
      /** The chapter's file name in this edition, e.g. "chapter-1" or "appendix-a". */
      chapter: slug,
      /** What changed in it. */
      changes: z.array(changeSchema).min(1, { error: 'list at least one change, or leave the chapter out' }),
    }),
  ),
  /** Where the facts come from (source ids). */
  sources: z.array(slug).min(1, { error: 'name the sources of the key changes' }),
  /** Anything we could not confirm. */
  unsure: line.optional(),
});
export type KeyChanges = z.infer<typeof keyChangesSchema>;
