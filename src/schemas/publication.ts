/**
 * An edition's official publication (the `publication:` block of edition.yaml): what it is, where
 * its publisher put it, where The National Archives keeps it once superseded, and its PDF file(s),
 * from which a deployment brings the official text in at build time (npm run fetch-official).
 * Pages link the publisher's page while the edition is in force and the archive's copy once it is
 * superseded (src/model/publication.ts), so a new edition switches the old one's link with no page
 * edited. Every address comes from a named source; none is guessed.
 */
import { z } from 'zod';
import { isoDate, line, officialTitle, slug } from './common.ts';

const sources = (what: string) => z.array(slug).min(1, { error: `name the source that gives ${what} (source ids)` });

/** A public address and where we found it. */
const addressSchema = z.strictObject({
  /** The address, exactly as a source gives it. */
  url: z.url({ error: 'give the full address, starting https://' }),
  /** Where we found the address (source ids). */
  sources: sources('this address'),
  /** What a reader should know about this address, in our words. */
  note: line.optional(),
});

/** The edition's copy in The National Archives' UK Government Web Archive, or why none is recorded. */
const archiveSchema = z.strictObject({
  /** The archived copy's address (webarchive.nationalarchives.gov.uk), exactly as a source gives it: never a guessed snapshot date. */
  url: z.url({ error: 'give the full address, starting https://' }).optional(),
  /** Where we found the address (source ids); needed with url. */
  sources: z.array(slug).optional(),
  /** Instead of url: why no archived address is recorded yet, in our words (pages say so rather than link the live page). */
  unknown: line.optional(),
}).superRefine((a, ctx) => {
  if (!a.url === !a.unknown) ctx.addIssue({ code: 'custom', message: 'give either url (with sources) or unknown (why no archived address is recorded), not both' });
  if (a.url && !a.sources?.length) ctx.addIssue({ code: 'custom', path: ['sources'], message: 'name the source that gives this archived address (source ids)' });
});

/** A public address of the edition's official PDF. */
const pdfSchema = z.strictObject({
  /** The file's address: the publisher's (assets.publishing.service.gov.uk) or an archived copy's. */
  url: z.url({ error: 'give the full address of the PDF, starting https://' }),
  /** Where we found the address (source ids). */
  sources: sources('this PDF address'),
  /**
   * The SHA-256 of the file, 64 hex digits, where someone has checked it against the publisher's
   * copy. npm run fetch-official refuses a download that differs. (A deployment's own first fetch
   * records its checksum in content/official-pdfs.lock instead.)
   */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'a SHA-256 is 64 lower-case hex digits (sha256sum FILE)' }).optional(),
  /** When that checksum was recorded (YYYY-MM-DD); needed with sha256. */
  sha256Recorded: isoDate.optional(),
  /** What a deployer should know about this address (e.g. a renamed or re-issued file), in our words. */
  note: line.optional(),
}).refine((p) => !p.sha256 === !p.sha256Recorded, { error: 'give sha256 and sha256Recorded together (the checksum and the day it was recorded)' });

export const publicationSchema = z.strictObject({
  /** Its full title, as published. */
  title: officialTitle,
  /** Who published it, e.g. "HM Government (Department for Education)". */
  publisher: line,
  /** Its reference number, if it has one (e.g. DCSF-00305-2010). */
  reference: z.string().optional(),
  /** The publisher's page for it (GOV.UK for recent editions): linked while the edition is in force or not yet in force. */
  page: addressSchema,
  /**
   * Its copy at The National Archives (UK Government Web Archive), where superseded editions stay
   * readable: linked once the edition is superseded, never the live page. Give url with sources,
   * or unknown: why none is recorded. The build fails for a superseded edition without it.
   */
  archive: archiveSchema.optional(),
  /** Public addresses of the official PDF, best first: fetch-official downloads the first that answers. */
  pdf: z.array(pdfSchema).default([]),
  /** What a reader should know about the publication itself, e.g. re-issues of the PDF, in our words. */
  note: line.optional(),
});
export type Publication = z.infer<typeof publicationSchema>;
