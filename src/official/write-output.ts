/**
 * Writes an import's files into its output folder atomically and tidily: every file is first
 * written into a temporary folder beside the target, then renamed into place; a manifest in the
 * folder (.wtn-import.json) records what the importer wrote, so the next import removes only files
 * it wrote itself and never touches any other file. A failure before the renames leaves the
 * previous output exactly as it was.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ImportError } from './types.ts';

export const MANIFEST = '.wtn-import.json';

const cannot = (what: string, e: unknown) => new ImportError(`cannot write ${what} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}). Choose a folder you can write to with --out.`);

/** Files the importer wrote into a folder by an earlier run, from its manifest. */
export function previousFiles(out: string): string[] {
  try {
    const m = JSON.parse(readFileSync(join(out, MANIFEST), 'utf8')) as { files?: unknown };
    return Array.isArray(m.files) ? m.files.filter((f): f is string => typeof f === 'string' && f === basename(f)) : [];
  } catch { return []; }
}

/** Writes the files (name -> text) into out; returns the files it removed from an earlier import. */
export function writeOutput(out: string, files: Map<string, string>, note: Record<string, unknown>): { removed: string[] } {
  const tmp = join(dirname(out), `.${basename(out)}.tmp-${process.pid}-${Date.now().toString(36)}`);
  try {
    mkdirSync(tmp, { recursive: true });
    for (const [name, text] of files) writeFileSync(join(tmp, name), text);
    writeFileSync(join(tmp, MANIFEST), JSON.stringify({ ...note, files: [...files.keys()].sort() }, null, 2) + '\n');
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw cannot(`the output folder ${out}`, e);
  }
  try {
    if (!existsSync(out)) { renameSync(tmp, out); return { removed: [] }; }
    const stale = previousFiles(out).filter((f) => !files.has(f));
    for (const name of files.keys()) renameSync(join(tmp, name), join(out, name));
    for (const f of stale) rmSync(join(out, f), { force: true });
    renameSync(join(tmp, MANIFEST), join(out, MANIFEST));
    return { removed: stale };
  } catch (e) {
    throw cannot(`into ${out}`, e);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Writes one file atomically (a temporary file beside it, then a rename). */
export function writeFileAtomic(file: string, text: string): void {
  const tmp = join(dirname(file), `.${basename(file)}.tmp-${process.pid}`);
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw cannot(file, e);
  }
}
