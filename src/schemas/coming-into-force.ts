/**
 * Changes in law that are enacted or announced but not yet in force: content/coming-into-force.yaml.
 * Shown on the edition page and beside the provisions each will affect, as legislation.gov.uk marks
 * prospective provisions, so a reader sees at a glance what applies today and what is coming.
 */
import { z } from 'zod';
import { editionId, isoDate, line, slug } from './common.ts';

export const COMMENCEMENT = ['awaiting-commencement', 'partly-in-force', 'announced'] as const;

export const comingIntoForceSchema = z.strictObject({
  /** A permanent id, e.g. "family-group-decision-making": its anchor on the edition page. */
  id: slug,
  /** A short title in our words. */
  title: line.max(100, { error: 'keep the title under 100 characters' }),
  /** The Act or instrument, e.g. "Children's Wellbeing and Schools Act 2026". */
  law: line,
  /**
   * The sections of law it inserts or amends: ids from content/vocabulary/legal-sections.yaml, where
   * each is stated once (number and heading as enacted, and the Act section that makes the change).
   */
  sections: z.array(slug).default([]),
  /** Where in the law, in words, only for a change whose sections are not in legal-sections.yaml. */
  where: line.optional(),
  /** What will change, in our words. */
  what: line,
  /** Who it affects (duty-holder ids from content/vocabulary/duty-holders.yaml). */
  affects: z.array(slug).default([]),
  /** awaiting-commencement: enacted, waiting for commencement regulations; partly-in-force; announced: not yet law. */
  status: z.enum(COMMENCEMENT, { error: `status is one of ${COMMENCEMENT.join(', ')}` }),
  /** When it was enacted (Royal Assent), if it has been. */
  enacted: isoDate.optional(),
  /** When it is expected to start, in words as sources put it ("late 2027", "not yet announced"). */
  expected: line,
  /** The expected date or month, only where a source gives one; the build warns once it has passed. */
  expectedDate: isoDate.optional(),
  /** The edition whose provisions it will affect. */
  edition: editionId,
  /** Provision ids of that edition it will affect (shown beside each). */
  provisions: z.array(slug).default([]),
  /** Where the facts come from (source ids). */
  sources: z.array(slug).min(1, { error: 'name the source of each change in law (legislation.gov.uk where possible)' }),
});
export type ComingIntoForce = z.infer<typeof comingIntoForceSchema>;

export const comingIntoForceFileSchema = z.array(comingIntoForceSchema);
