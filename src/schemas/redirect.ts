/**
 * A declared move: a published address that no longer exists and where its content now lives.
 * content/redirects.yaml. The ID lock accepts a vanished address only when a redirect covers it.
 */
import { z } from 'zod';

const address = z
  .string()
  .regex(/^\/\d{4}\/[a-z0-9-]+\/(?:#[a-z0-9-]+)?$/, {
    error: 'an address looks like /2010/chapter-5/ or /2010/chapter-5/#icpc-timing',
  });

export const redirectSchema = z.strictObject({
  /** The old address, as recorded in content/addresses.lock. */
  from: address,
  /** Where that content lives now. */
  to: address,
  /** Why it moved, for the record. */
  reason: z.string().optional(),
});
export type RedirectEntry = z.infer<typeof redirectSchema>;

export const redirectsFileSchema = z.array(redirectSchema);
