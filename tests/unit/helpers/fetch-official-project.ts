/**
 * A throwaway project for testing npm run fetch-official: the base content fixture (editions 2010
 * and 2013) with the PDF addresses a test chooses written into each edition.yaml; made-up PDFs of
 * our own (tests/fixtures/official: printed by Chromium, kept in the system temp folder between
 * test files); the CLI run in the project as a deployer would run it; and a listing of its files.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fixtureHtml } from '../../fixtures/official/layout.ts';
import { printPdf, closePrinter } from '../../fixtures/official/print-pdf.ts';
import { sampleDoc } from '../../fixtures/official/sample-doc.ts';
import { fixtureContent } from './fixture-content.ts';

const CLI = resolve(import.meta.dirname, '../../../scripts/fetch-official/index.ts');

/** A made-up edition as PDF bytes: 2010 numbered 1.1 ..., 2013 per chapter; `reissued` changes a few words. */
export async function madeUpPdf(edition: '2010' | '2013', reissued = false): Promise<Uint8Array> {
  const doc = sampleDoc(edition === '2010' ? 'chapter-dot-paragraph' : 'per-chapter');
  if (reissued) for (const p of doc.pages) for (const b of p.blocks) if (b.kind === 'para') b.text = b.text.replace('simple map', 'careful map');
  const html = fixtureHtml(doc);
  const cached = join(tmpdir(), 'wtn-made-up-pdfs', `${createHash('sha256').update(html).digest('hex').slice(0, 16)}.pdf`);
  if (existsSync(cached)) return new Uint8Array(readFileSync(cached));
  const bytes = await printPdf(html);
  mkdirSync(join(tmpdir(), 'wtn-made-up-pdfs'), { recursive: true });
  writeFileSync(`${cached}.${process.pid}`, bytes);
  renameSync(`${cached}.${process.pid}`, cached);
  return bytes;
}
export { closePrinter };

/** A project whose editions list these PDF addresses (edition -> addresses, best first). */
export function projectWith(addresses: Record<string, string[]>): { project: string; root: string } {
  const { project, root } = fixtureContent();
  for (const [edition, urls] of Object.entries(addresses)) {
    const file = join(root, 'editions', edition, 'edition.yaml');
    const pdf = `  pdf:\n${urls.map((u) => `    - { url: "${u}", sources: [seed-004] }`).join('\n')}\n`;
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^(publication:\n(?: {2}.*\n)+)/m, `$1${pdf}`));
  }
  return { project, root };
}

/**
 * Runs npm run fetch-official in the project (its own cache, content and lock), like a deployer.
 * Asynchronously: the test's own server must go on answering meanwhile.
 */
export function fetchOfficial(project: string, ...args: string[]): Promise<{ status: number; out: string }> {
  const env = { ...process.env };
  delete env.WTN_CONTENT_DIR;
  return new Promise((done) => execFile(process.execPath, [CLI, ...args], { cwd: project, encoding: 'utf8', env, timeout: 120_000 }, (err, stdout, stderr) => {
    done({ status: err ? (typeof err.code === 'number' ? err.code : 1) : 0, out: `${stdout}${stderr}` });
  }));
}

/** Every file under a folder, relative, with its size and modification time. */
export function listing(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of readdirSync(dir, { recursive: true }) as string[]) {
    const s = statSync(join(dir, f));
    if (s.isFile()) out.set(relative(dir, join(dir, f)), `${s.size}:${s.mtimeMs}`);
  }
  return out;
}
