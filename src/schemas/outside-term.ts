/**
 * Terms people search for that Working Together does not use, or not in every edition:
 * content/vocabulary/not-in-guidance.yaml. Each says what the term is, which editions use it (if
 * any), what the guidance calls the subject or where it deals with it, and its sources. Search
 * shows it as a note above the results, so "MASH" says it is a local arrangement and offers the
 * guidance's words. The build checks it against our summaries (src/model/outside-terms/).
 */
import { z } from 'zod';
import { editionId, line, slug } from './common.ts';

/** A phrase as typed: letters, digits, spaces, dots, hyphens and apostrophes, e.g. "MASH". */
const phrase = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9 .'’-]{0,59}$/, { error: 'write a short phrase of letters or digits (spaces, dots, hyphens allowed), e.g. "MASH"' });

/** A place where an edition deals with the subject: a section or provision id of that edition. */
const placeSchema = z.strictObject({
  /** The edition, e.g. 2026. */
  edition: editionId,
  /** A section or provision id of that edition, e.g. "referral-decision". */
  id: slug,
});

export const outsideTermSchema = z.strictObject({
  /** The term in full, as people write it, e.g. "multi-agency safeguarding hub". */
  term: line,
  /** Every way people type it; matched as whole words, ignoring case, e.g. ["MASH", "multi-agency safeguarding hub"]. */
  typed: z.array(phrase).min(1, { error: 'give at least one way people type the term' }),
  /** What it is, in a sentence of our own, from the sources. */
  about: line,
  /** The editions that use the term, as our summaries show. Empty: no edition uses it. */
  usedIn: z.array(editionId).default([]),
  /** What the guidance calls the subject, or where it deals with it, in a sentence of our own. */
  guidance: line,
  /** Where the editions deal with the subject (at least one). */
  see: z.array(placeSchema).min(1, { error: 'name at least one section or provision where the guidance deals with the subject' }),
  /** Words of the guidance to search for instead, offered as links, e.g. ["referral"]. */
  search: z.array(phrase).default([]),
  /** Where the facts come from (source ids). */
  sources: z.array(slug).min(1, { error: 'name the sources of the entry' }),
  /** What we could not confirm, said to the reader beside the note. */
  unsure: line.optional(),
});
export type OutsideTerm = z.infer<typeof outsideTermSchema>;

export const outsideTermsFileSchema = z.array(outsideTermSchema);
