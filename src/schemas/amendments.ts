/**
 * The amendments log: every change to the content a reader should know of, recorded once.
 * content/amendments.yaml holds the national entries (a new edition, an official amendment, a
 * correction of our summary, a currency check); a local layer's amendments.yaml holds its local
 * updates. The Amendments page and the Atom feeds (national, and one per area) are built from them.
 * Entries are kept in the order they happened, oldest first: add new ones at the end.
 */
import { z } from 'zod';
import { editionId, isoDate, line, slug } from './common.ts';
import { day } from './local-dates.ts';

export const NATIONAL_KINDS = ['edition', 'amendment', 'correction', 'currency-check'] as const;
export const AMENDMENT_KINDS = [...NATIONAL_KINDS, 'local-update'] as const;
export type AmendmentKind = (typeof AMENDMENT_KINDS)[number];

/** A place on the site an entry concerns: "<edition>#<section or provision id>", e.g. "2013#icpc-timing". */
export const siteRef = z.string().regex(/^\d{4}#[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'name a section or provision as <edition>#<id>, e.g. "2013#icpc-timing"',
});

/** What every entry has. */
const common = {
  /** Permanent id, unique in its log: the entry's anchor on the Amendments page and its id in the feed. */
  id: slug,
  /** The day the change was made on this site (for a check: the day of the check). */
  date: day,
  /** A short title in our words. */
  title: line.max(100, { error: 'keep the title under 100 characters' }),
  /** What changed and what a reader should do about it, in a sentence or two of our own. */
  summary: z.string().trim().min(10, { error: 'say in a sentence what changed' }),
  /** Sections or provisions it concerns, each "<edition>#<id>" (links on the page and in the feed). */
  see: z.array(siteRef).default([]),
  /** The day the entry itself was last corrected, if it was (the feed's updated date). */
  updated: day.optional(),
};

/** One entry of content/amendments.yaml. */
export const amendmentSchema = z
  .strictObject({
    ...common,
    /** edition: a new edition added; amendment: an official amendment recorded; correction: our summary corrected; currency-check: the content checked against the publication page. */
    kind: z.enum(NATIONAL_KINDS, { error: `kind is one of ${NATIONAL_KINDS.join(', ')} (local updates go in a local layer)` }),
    /** The edition it concerns: required for edition and amendment entries. */
    edition: editionId.optional(),
    /** For an amendment: the date of the official amendment as the edition's edition.yaml records it. */
    amended: isoDate.optional(),
    /** Where its facts come from (source ids), where the entry states facts beyond the site's own history. */
    sources: z.array(slug).default([]),
  })
  .superRefine((a, ctx) => {
    if ((a.kind === 'edition' || a.kind === 'amendment') && a.edition === undefined)
      ctx.addIssue({ code: 'invalid_type', expected: 'string', input: undefined, path: ['edition'], message: `an ${a.kind} entry names its edition` });
    if (a.kind === 'amendment' && a.amended === undefined)
      ctx.addIssue({ code: 'invalid_type', expected: 'string', input: undefined, path: ['amended'], message: 'an amendment entry gives the date of the official amendment' });
  });
export type Amendment = z.infer<typeof amendmentSchema>;
export const amendmentsFileSchema = z.array(amendmentSchema);

/** One entry of a local layer's amendments.yaml: a local update. */
export const localAmendmentSchema = z.strictObject({
  ...common,
  /** Always a local update (may be left out). */
  kind: z.literal('local-update', { error: 'a local layer records local updates only: kind: local-update (or leave kind out)' }).default('local-update'),
  /** The areas it concerns (area ids); leave out when it concerns every area. */
  areas: z.array(slug).optional(),
  /** Local notes it concerns (note ids). */
  notes: z.array(slug).default([]),
  /** Local documents it concerns (document ids). */
  documents: z.array(slug).default([]),
});
export type LocalAmendment = z.infer<typeof localAmendmentSchema>;
export const localAmendmentsFileSchema = z.array(localAmendmentSchema);
