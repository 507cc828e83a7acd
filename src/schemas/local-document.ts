/**
 * A partnership's own documents: <layer>/documents.yaml. Listed on the area pages, linked from
 * notes ({document:<id>}) and found by search. The threshold document is required for every area.
 */
import { z } from 'zod';
import { line, slug } from './common.ts';
import { day } from './local-dates.ts';

export const DOCUMENT_KINDS = ['threshold', 'procedures', 'form', 'protocol', 'guidance'] as const;

export const localDocumentSchema = z.strictObject({
  /** Permanent id, used in notes as {document:<id>}. */
  id: slug,
  /** threshold: the threshold (continuum of need) document; procedures: local procedures; form: a referral or other form; protocol; guidance. */
  kind: z.enum(DOCUMENT_KINDS, { error: `kind is one of ${DOCUMENT_KINDS.join(', ')}` }),
  /** Its title, as published. */
  title: line,
  /** Where it is published (https). */
  url: z.url({ protocol: /^https$/, error: 'give the full https:// address of the document' }),
  /** The day this version was published or last updated. */
  updated: day,
  /** The areas it applies to (area ids); leave out when it applies to every area. */
  areas: z.array(slug).optional(),
  /** What it is for, in one line of your own. */
  summary: line.optional(),
});
export type LocalDocument = z.infer<typeof localDocumentSchema>;

export const localDocumentsFileSchema = z.array(localDocumentSchema);
