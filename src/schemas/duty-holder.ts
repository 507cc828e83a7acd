/**
 * A body or role that can hold a duty (local authority, police, LSCB, safeguarding partners ...).
 * Provisions name duty holders by these ids, so comparisons can type a change of duty holder
 * and managers can filter changes by whom they fall on.
 */
import { z } from 'zod';
import { editionId, line, slug } from './common.ts';

/** The groups a manager filters by. */
export const DUTY_GROUPS = [
  'local-authority',
  'police',
  'health',
  'education',
  'justice',
  'voluntary-and-community',
  'safeguarding-arrangements',
  'child-death-review',
  'national',
  'practitioners',
  'other',
] as const;

export const dutyHolderSchema = z.strictObject({
  /** How provisions name this body in duty="...", e.g. "local-authority". */
  id: slug,
  /** Its name for readers, e.g. "Local authority children's social care". */
  name: line,
  /** The group a manager filters by. */
  group: z.enum(DUTY_GROUPS),
  /** The editions in which the body exists under this name (omit when it spans all of them). */
  editions: z.array(editionId).optional(),
  /** The body this one is part of (children's social care is part of the local authority): typed
   *  comparisons treat a move between a body and its part as the same duty holder. */
  partOf: slug.optional(),
  /** The body that took over its role, if it was replaced (e.g. lscb -> safeguarding-partners). */
  replacedBy: z.array(slug).optional(),
  /**
   * Bodies it carries out duties for (a child death overview panel reviews deaths on behalf of the
   * child death review partners). A text saying one body acts "on behalf of" another fails the
   * build unless this records it (src/model/stated-acts-for.ts).
   */
  actsFor: z.array(slug).optional(),
  /** Other groups a duty on this body falls on, when the body is made of others' members: the
   *  safeguarding partners are the local authority, the police and health (CCGs, then ICBs), so a
   *  change to their duties shows under each of those filters as well as its own group. */
  alsoFallsOn: z.array(z.enum(DUTY_GROUPS)).optional(),
});
export type DutyHolder = z.infer<typeof dutyHolderSchema>;

/** content/vocabulary/duty-holders.yaml holds a list of duty holders. */
export const dutyHoldersFileSchema = z.array(dutyHolderSchema);
