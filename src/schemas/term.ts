/**
 * The terminology crosswalk: content/terms.yaml. Terms that were renamed or replaced across
 * editions (LSCB -> safeguarding partners; serious case review -> child safeguarding practice
 * review ...), the editions each belongs to, and where each is set out. Search uses it too:
 * an acronym or old name finds its expansion and its successors.
 *
 * Each name's status in each edition is declared here and also worked out from the content
 * (src/model/terms/usage.ts): used, not confirmed (only provisions carried forward unconfirmed
 * use it), mentioned (named only as a former or replaced name, with the reason) or not used.
 * The build fails where the two disagree.
 */
import { z } from 'zod';
import { editionId, line, officialTitle, slug } from './common.ts';

const nameSchema = z.strictObject({
  /** The term in full, as the editions write it, e.g. "Local Safeguarding Children Board". */
  term: officialTitle,
  /** Its acronym, if used, e.g. "LSCB". */
  acronym: z.string().regex(/^[A-Za-z0-9&'-]{2,12}$/, { error: 'an acronym is 2-12 letters or digits' }).optional(),
  /** The editions whose confirmed content uses this name (provisions, headings or glossary). */
  editions: z.array(editionId).min(1, { error: 'name the editions that use the term' }),
  /** Editions where only provisions carried forward unconfirmed use it: not confirmed for them. */
  notConfirmed: z.array(editionId).default([]),
  /**
   * Editions that name it only as a former or replaced name (e.g. "integrated care boards took the
   * place of clinical commissioning groups"): edition year -> why, in a line of our own.
   */
  mentioned: z.record(editionId, line).default({}),
});

export const termSchema = z.strictObject({
  /** A stable id for the concept, e.g. "lscb". */
  id: slug,
  /** The names the concept goes by (more than one where editions differ, or for a family of terms). */
  names: z.array(nameSchema).min(1, { error: 'give at least one name' }),
  /** Concepts this one replaced (ids in this file). */
  replaces: z.array(slug).default([]),
  /**
   * Concepts it took in part of without replacing them (ids in this file): family help takes in
   * targeted early help. Search treats it as a successor; the checker does not mark the older
   * term outdated.
   */
  takesIn: z.array(slug).default([]),
  /** What changed, in a sentence of our own. */
  note: line.optional(),
  /** Where each edition sets the term out: edition year -> a section or provision id of it. */
  definedAt: z.record(editionId, slug).default({}),
  /** Where the facts come from (source ids). */
  sources: z.array(slug).min(1, { error: 'name the source of the crosswalk entry' }),
});
export type Term = z.infer<typeof termSchema>;

export const termsFileSchema = z.array(termSchema);
