/**
 * A duty that moved from one body to another between editions, as documents write the old duty:
 * content/vocabulary/moved-duties.yaml. The document checker finds the phrases and says where the
 * duty stands in the edition in force, from the lineage of the provision that set it out.
 */
import { z } from 'zod';
import { editionId, line, slug } from './common.ts';

export const movedDutySchema = z.strictObject({
  /** A stable id, e.g. "notify-ofsted-serious-incident". */
  id: slug,
  /** How documents write the old duty ("notify Ofsted", "report to Ofsted"); matched in any case. */
  phrases: z.array(z.string().trim().min(3)).min(1, { error: 'give at least one phrase documents use for the duty' }),
  /** Words of which one must stand in the same sentence for a phrase to be this duty (none: the phrase alone). */
  context: z.array(z.string().trim().min(2)).default([]),
  /** The provisions that set the old duty out: edition year -> provision id. */
  was: z.record(editionId, slug).refine((r) => Object.keys(r).length > 0, { error: 'name the provision that set out the old duty, e.g. { "2015": notify-ofsted-lscb }' }),
  /** What changed, in a sentence of our own. */
  note: line,
  /** Where the facts come from (source ids). */
  sources: z.array(slug).min(1, { error: 'name the source of the change' }),
});
export type MovedDuty = z.infer<typeof movedDutySchema>;

export const movedDutiesFileSchema = z.array(movedDutySchema);
