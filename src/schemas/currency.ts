/**
 * How current the site is: content/currency.yaml, one dated fact stated once. Every page's footer
 * shows it, the About page explains it, and the build warns when it is more than 12 months old.
 */
import { z } from 'zod';
import { editionId, isoDate, line, slug } from './common.ts';
import { revisionUnderWaySchema } from './revision-under-way.ts';

export const currencySchema = z.strictObject({
  /** The day the content was last checked against the official publication page (YYYY-MM-DD). */
  lastChecked: isoDate.refine((d) => d.length === 10, { error: 'give the day the check was made: YYYY-MM-DD' }),
  /** The page checked: the official publication page on GOV.UK. */
  against: z.url(),
  /** How the check was made, in a sentence (e.g. which copies of the page were read). */
  how: line,
  /**
   * The day the next check is planned (YYYY-MM-DD), shown on the Amendments page. The project's
   * stated rule is that a check more than 12 months old makes the build warn, so it is at most 12
   * months after lastChecked; plan an earlier one when something is expected (e.g. a consultation
   * response). Left out, the Amendments page gives lastChecked + 12 months as the latest date.
   */
  nextCheck: isoDate.refine((d) => d.length === 10, { error: 'give the planned day: YYYY-MM-DD' }).optional(),
  /** The newest edition the check found; it must be an edition this site covers. */
  newestEdition: editionId,
  /** The newest amendment the check found, if any (date), so readers can compare with the page. */
  newestAmendment: isoDate.optional(),
  /** Where the facts of the check come from (source ids). */
  sources: z.array(slug).min(1, { error: 'name the sources the check read' }),
  /** Revisions of an edition announced or consulted on but not yet published (none: leave out). */
  revisions: z.array(revisionUnderWaySchema).default([]),
});
export type Currency = z.infer<typeof currencySchema>;
