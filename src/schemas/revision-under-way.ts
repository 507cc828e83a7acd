/**
 * A revision of an edition that has been announced or consulted on but not yet published
 * (content/currency.yaml, `revisions`). It tells a reader that the edition in force may soon be
 * replaced or amended, and what the proposals cover, without saying what a new text will contain.
 */
import { z } from 'zod';
import { editionId, isoDate, line, slug } from './common.ts';

export const revisionUnderWaySchema = z.strictObject({
  /** Stable id, used as the anchor on the About page, e.g. "consultation-2026-improving-help". */
  id: slug,
  /** The name the department gives it, e.g. the consultation's title. */
  title: line,
  /** Who runs it, e.g. "Department for Education". */
  by: line,
  /** The edition on this site it would revise. */
  edition: editionId,
  /** consultation: views were sought on proposals; announced: a revision was announced with no consultation yet. */
  kind: z.enum(['consultation', 'announced'], { error: 'use consultation or announced' }),
  /** The day it opened or was announced (YYYY-MM-DD). */
  opened: isoDate,
  /** The day a consultation closed, if it has a closing date (YYYY-MM-DD). */
  closes: isoDate.optional(),
  /** What the proposals cover, as short topics in our own words. */
  covers: z.array(line).min(1, { error: 'list at least one topic the proposals cover' }),
  /** Other documents the same proposals would change, e.g. the national framework. */
  alsoRevises: z.array(line).default([]),
  /** What the last check found about its outcome: a response, a new edition, or nothing yet. */
  outcome: line,
  /** Where a reader can follow it (the consultation page), if a source gives the address. */
  url: z.url().optional(),
  /** Where its facts come from (source ids). */
  sources: z.array(slug).min(1, { error: 'name the sources for this revision' }),
});
export type RevisionUnderWay = z.infer<typeof revisionUnderWaySchema>;
