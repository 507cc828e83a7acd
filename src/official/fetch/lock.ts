/**
 * Reads and writes content/official-pdfs.lock (schema: src/schemas/official-pdfs-lock.ts), and
 * decides what a download's checksum means: a first download (record it), the same file, or a
 * different file (refuse, unless accepted). Written atomically, in a stable order, with a header
 * saying what it is, so a deployer can commit it and read its diff.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { officialPdfsLockSchema, type LockEntry, type OfficialPdfsLock } from '../../schemas/official-pdfs-lock.ts';

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const HEAD = `# Checksums (SHA-256) of the official PDFs this deployment downloaded: written by
# npm run fetch-official, never by hand. Commit this file: a later download that differs is refused
# until you check what changed and accept it (npm run fetch-official -- --accept-new EDITION).
# No official text is kept here.
`;

/** The lock, or an empty one; throws naming the file and the problem when it does not validate. */
export function readLock(file: string): OfficialPdfsLock {
  if (!existsSync(file)) return { editions: {} };
  const r = officialPdfsLockSchema.safeParse(parse(readFileSync(file, 'utf8')) ?? {});
  if (!r.success) throw new Error(`${file} does not validate (${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}); it is written by npm run fetch-official: restore it from version control`);
  return r.data;
}

export function writeLock(file: string, lock: OfficialPdfsLock): void {
  const editions = Object.fromEntries(Object.entries(lock.editions).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(`${file}.tmp`, HEAD + stringify({ editions }, { lineWidth: 0 }));
  renameSync(`${file}.tmp`, file);
}

/** What a checksum means against what is recorded (the lock first, else a checksum pinned in edition.yaml). */
export type Verdict =
  | { kind: 'first' }
  | { kind: 'same'; since: string }
  | { kind: 'differs'; expected: string; since: string; pinned: boolean };

export function verdict(sum: string, entry: LockEntry | undefined, pinned?: { sha256: string; recorded: string }): Verdict {
  const expected = entry ? { sha256: entry.sha256, since: entry.recorded, pinned: false } : pinned ? { sha256: pinned.sha256, since: pinned.recorded, pinned: true } : undefined;
  if (!expected) return { kind: 'first' };
  return expected.sha256 === sum ? { kind: 'same', since: expected.since } : { kind: 'differs', expected: expected.sha256, since: expected.since, pinned: expected.pinned };
}
