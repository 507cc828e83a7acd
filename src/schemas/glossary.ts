/**
 * An edition's glossary and acronyms: content/editions/<year>/glossary.yaml.
 * Acronyms listed here are spelled out for readers the first time they appear on a page.
 */
import { z } from 'zod';
import { officialTitle, slug } from './common.ts';

export const glossaryEntrySchema = z.strictObject({
  /** The term in full, e.g. "Local Safeguarding Children Board". */
  term: officialTitle,
  /** Its acronym or short form, if the edition uses one, e.g. "LSCB". */
  acronym: z.string().regex(/^[A-Za-z0-9&'-]{2,12}$/, { error: 'an acronym is 2-12 letters or digits, e.g. LSCB' }).optional(),
  /** What it means, in one or two sentences of our own. */
  meaning: z.string().trim().min(10, { error: 'say what the term means in a sentence' }),
  /** The section or provision of this edition where the term is set out, if any. */
  definedAt: slug.optional(),
  /** Where the facts come from (source ids). */
  sources: z.array(slug).min(1, { error: 'name at least one source for a glossary entry' }),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export const glossaryFileSchema = z.array(glossaryEntrySchema);
