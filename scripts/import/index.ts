/**
 * npm run import -- FILE --edition ID [--out DIR] [--report FILE.json]
 * Reads an edition's official PDF (pdfjs-dist, no OCR) and writes its text as MDX, one file per
 * chapter, to content/official/ID/ (git-ignored). Bad input: a clear message and nothing written.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importPdf } from '../../src/official/import-pdf.ts';
import { buildReport } from '../../src/official/report.ts';
import { ImportError } from '../../src/official/types.ts';
import { chapterMdx } from '../../src/official/write-mdx.ts';

const USAGE = 'Usage: npm run import -- FILE.pdf --edition ID [--out DIR] [--report FILE.json]';
let args;
try {
  args = parseArgs({ allowPositionals: true, options: { edition: { type: 'string' }, out: { type: 'string' }, report: { type: 'string' } } });
} catch (e) { console.error(`${(e as Error).message}\n${USAGE}`); process.exit(2); }
const [file] = args.positionals;
const edition = args.values.edition;
if (!file || !edition) { console.error(USAGE); process.exit(2); }
if (!existsSync(file)) { console.error(`No such file: ${file}`); process.exit(1); }

const contentRoot = resolve(process.env.WTN_CONTENT_DIR ?? 'content');
const out = resolve(args.values.out ?? join(contentRoot, 'official', edition));
const started = performance.now();
try {
  const { official, warnings } = await importPdf(new Uint8Array(readFileSync(file)), edition, { contentRoot, file: basename(file) });
  const imported = new Date().toISOString().slice(0, 10);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const c of official.chapters) writeFileSync(join(out, `${c.slug}.mdx`), chapterMdx(official, c, { file: basename(file), imported }));
  if (args.values.report) writeFileSync(resolve(args.values.report), JSON.stringify(buildReport(official, warnings), null, 2) + '\n');
  const count = official.chapters.reduce((n, c) => n + c.blocks.filter((b) => b.kind === 'para').length, 0);
  console.log(`Imported ${count} numbered paragraphs in ${official.chapters.length} chapters (${official.scheme} numbering) to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  for (const w of warnings) console.warn(`warning${w.page ? ` (page ${w.page})` : ''}: ${w.message}`);
  if (args.values.report) console.log(`Report: ${resolve(args.values.report)}`);
} catch (e) {
  if (e instanceof ImportError) { console.error(`Import failed, nothing written: ${e.message}`); process.exit(1); }
  throw e;
}
