/** Small building blocks shared by the content schemas. */
import { z } from 'zod';

/** An edition is known by its year, written as four digits ("2010"). YAML may give it as a number. */
export const editionId = z.coerce
  .string()
  .regex(/^\d{4}$/, { error: 'an edition is named by its year, four digits, e.g. 2010' });

/** An authored identifier: lower-case words and digits joined by hyphens, e.g. "icpc-timing". */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'use lower-case letters, digits and single hyphens, e.g. "icpc-timing"',
  })
  .max(60, { error: 'keep identifiers under 60 characters' });

/** A space-separated list of slugs in one attribute, e.g. sources="seed-004 seed-003". */
export const slugList = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\s+[a-z0-9]+(?:-[a-z0-9]+)*)*$/, {
    error: 'give identifiers separated by spaces, e.g. "seed-004 seed-003"',
  })
  .transform((s) => s.split(/\s+/));

/** A calendar date, to the day ("2010-04-01") or, where only the month is known, to the month ("2010-03"). */
export const isoDate = z
  .coerce.string()
  .regex(/^\d{4}-\d{2}(?:-\d{2})?$/, { error: 'write dates as YYYY-MM-DD (or YYYY-MM when only the month is known)' });

/**
 * An official title or heading, kept exactly. A long one may be wrapped over lines in the source
 * (content/README.md explains why); whitespace is collapsed so readers see it as printed.
 */
export const officialTitle = z
  .string()
  .transform((s) => s.replace(/\s+/g, ' ').trim())
  .pipe(z.string().min(1, { error: 'must not be empty' }));

/** One line of plain prose: no line breaks, trimmed, not empty. */
export const line = z.string().trim().min(1, { error: 'must not be empty' }).regex(/^[^\n]*$/, {
  error: 'must fit on one line',
});

/** Whether something must, should or may be done, as the guidance words it. */
export const modality = z.enum(['must', 'should', 'may'], {
  error: 'modality is one of must, should, may',
});
export type Modality = z.infer<typeof modality>;
