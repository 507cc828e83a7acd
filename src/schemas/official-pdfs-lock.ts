/**
 * content/official-pdfs.lock: the checksum of each edition's official PDF as this deployment first
 * downloaded it. Written by npm run fetch-official (never by hand), committed by the deployer, so a
 * later download that differs (the department re-issues PDFs) is refused until someone checks what
 * changed and accepts it (--accept-new EDITION). It holds checksums, never any official text.
 */
import { z } from 'zod';
import { editionId, isoDate } from './common.ts';

/** What was recorded for one edition. */
export const lockEntrySchema = z.strictObject({
  /** The file's SHA-256, 64 lower-case hex digits. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'a SHA-256 is 64 lower-case hex digits' }),
  /** The day it was recorded (first download, or the day a new file was accepted). */
  recorded: isoDate,
  /** Where the file came from: its address, or the local file it was read from. */
  from: z.string().min(1),
  /** Its size in bytes. */
  bytes: z.number().int().positive(),
  /** The checksum it replaced, when a new file was accepted (--accept-new). */
  replaced: z.string().regex(/^[0-9a-f]{64}$/).optional(),
});

export const officialPdfsLockSchema = z.strictObject({
  /** Edition id -> its recorded PDF. */
  editions: z.record(editionId, lockEntrySchema).default({}),
});
export type OfficialPdfsLock = z.infer<typeof officialPdfsLockSchema>;
export type LockEntry = z.infer<typeof lockEntrySchema>;
