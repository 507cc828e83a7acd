/**
 * A local note: <layer>/notes/*.yaml, each file a list. A note is attached by permanent ID to one
 * place in one edition (a provision, a section, a flowchart step or a decision-tree outcome) and
 * follows that place's lineage into later editions (src/model/local/follow.ts), where it is
 * flagged for review if the guidance changed.
 */
import { z } from 'zod';
import { editionId, line, slug } from './common.ts';
import { nodeId } from './flowchart.ts';
import { day } from './local-dates.ts';

/** Our own words, one or more paragraphs (a blank line between them), with {contact:...} and {document:...} where wanted. */
const prose = z.string().trim().min(10, { error: 'write at least a sentence' });

/** What the note was last checked against, once a newer edition changed the guidance it rests on. */
const reviewedSchema = z.strictObject({
  /** The edition the note was checked against (the newest it still holds for). */
  edition: editionId,
  /** The day it was checked. */
  on: day,
});

export const TARGET_KEYS = ['provision', 'section', 'step', 'outcome'] as const;

export const localNoteSchema = z
  .strictObject({
    /** Permanent id, unique in the layer, e.g. "front-door-referrals". */
    id: slug,
    /** The edition the note was written against (its target's edition). */
    edition: editionId,
    /** Attach to a provision: its id in that edition. */
    provision: slug.optional(),
    /** Attach to a section: its id in that edition. */
    section: slug.optional(),
    /** Attach to a flowchart step: the chart's file name in that edition (with `step`), e.g. "referral". */
    flowchart: slug.optional(),
    /** The step's node id in that chart. */
    step: nodeId.optional(),
    /** Attach to a decision-tree outcome: the tree's file name (with `outcome`). */
    tree: slug.optional(),
    /** The outcome's id in that tree, for that edition. */
    outcome: slug.optional(),
    /** The areas it applies to (area ids); leave out when it applies to every area. */
    areas: z.array(slug).min(1, { error: 'name at least one area, or leave areas out for every area' }).optional(),
    /** A short heading, if the note needs one. */
    title: line.max(90, { error: 'keep the title under 90 characters' }).optional(),
    /** The note, in your own words. {contact:frontDoor} shows an area's contact, {phone:frontDoor} its number, {document:<id>} a document. */
    text: prose,
    /** Documents to list under the note (ids from documents.yaml). */
    documents: z.array(slug).default([]),
    /** The day the note was written or last changed. */
    written: day,
    /** When it was last checked against a newer edition (clears the review flag up to that edition). */
    reviewed: reviewedSchema.optional(),
  })
  .superRefine((n, ctx) => {
    const given = TARGET_KEYS.filter((k) => n[k] !== undefined);
    if (given.length !== 1)
      ctx.addIssue({
        code: 'custom', path: given.length ? [given[1]] : ['provision'],
        message: given.length
          ? `attach the note to one place only (it names ${given.join(' and ')}): split it into one note per place`
          : 'attach the note to a place: give provision, section, step (with flowchart) or outcome (with tree)',
      });
    if (n.step !== undefined && n.flowchart === undefined)
      ctx.addIssue({ code: 'invalid_type', expected: 'string', input: undefined, path: ['flowchart'], message: 'a step note names its flowchart' });
    if (n.outcome !== undefined && n.tree === undefined)
      ctx.addIssue({ code: 'invalid_type', expected: 'string', input: undefined, path: ['tree'], message: 'an outcome note names its tree' });
    if (n.flowchart !== undefined && n.step === undefined)
      ctx.addIssue({ code: 'custom', path: ['flowchart'], message: 'name the step (its node id) the note is attached to, or remove flowchart' });
    if (n.tree !== undefined && n.outcome === undefined)
      ctx.addIssue({ code: 'custom', path: ['tree'], message: 'name the outcome the note is attached to, or remove tree' });
  });
export type LocalNote = z.infer<typeof localNoteSchema>;

export const localNotesFileSchema = z.array(localNoteSchema);
