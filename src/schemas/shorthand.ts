/**
 * Practitioners' shorthand: content/vocabulary/shorthand.yaml. What people type into a search box
 * ("MASH", "ICPC", "s47", "CP plan") and the words the editions use for the same thing, so search
 * finds the provision even where the guidance never writes the shorthand.
 */
import { z } from 'zod';
import { line } from './common.ts';

/** A phrase as typed: letters, digits, spaces, dots, hyphens and apostrophes, e.g. "s.47", "CP plan". */
const phrase = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9 .'’-]{0,59}$/, { error: 'write a short phrase of letters or digits (spaces, dots, hyphens allowed), e.g. "s.47"' });

export const shorthandSchema = z.strictObject({
  /** Every way people write it, e.g. ["s47", "s.47", "section 47"]. */
  shorthand: z.array(phrase).min(1, { error: 'give at least one way of writing the shorthand' }),
  /** What it stands for, in full, e.g. "section 47 enquiry (Children Act 1989)". */
  means: line,
  /** The words to search for instead: phrases the editions' summaries use. */
  search: z.array(phrase).min(1, { error: 'give at least one phrase to search for' }),
  /** A sentence of our own where the editions' words differ (e.g. a later edition's name). */
  note: line.optional(),
});
export type Shorthand = z.infer<typeof shorthandSchema>;

export const shorthandFileSchema = z.array(shorthandSchema);
