/** A named source of facts: a seed document or a public page. Sections cite sources by id. */
import { z } from 'zod';
import { line, slug } from './common.ts';

export const sourceSchema = z.strictObject({
  /** How content refers to this source, e.g. "seed-004". */
  id: slug,
  /** What the source is, in a few words, e.g. "Web-enabled 2010 edition: contents page". */
  title: line,
  /** seed: a document in ../shared/seeds; web: a public page; publication: an official document. */
  kind: z.enum(['seed', 'web', 'publication']),
  /** For a seed, its file name in ../shared/seeds. */
  file: z.string().optional(),
  /** Where a reader can find it, if it is public. */
  url: z.url().optional(),
  /** Who published it, if known. */
  publisher: line.optional(),
  /** Which editions or facts it informs, in a few words. */
  informs: line,
});
export type Source = z.infer<typeof sourceSchema>;

/** content/sources.yaml holds a list of sources. */
export const sourcesFileSchema = z.array(sourceSchema);
