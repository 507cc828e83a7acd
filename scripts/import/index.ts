/**
 * npm run import -- FILE.pdf --edition ID [--out DIR] [--report FILE.json] [--strict]
 * Reads an edition's official PDF (pdfjs-dist, no OCR) and writes its text as MDX, one file per
 * chapter, to content/official/ID/ (git-ignored). Ends with a coverage summary and every warning;
 * --strict fails the import when there is any warning. Bad input gets one line and an exit code
 * (1 bad input or unwritable output, 2 usage, 3 warnings under --strict, 4 an importer fault),
 * never a stack trace; output is written atomically and only files the importer wrote are removed.
 */
import { readFileSync, existsSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatCoverage } from '../../src/official/coverage.ts';
import { importPdf } from '../../src/official/import-pdf.ts';
import { buildReport } from '../../src/official/report.ts';
import { ImportError } from '../../src/official/types.ts';
import { chapterMdx } from '../../src/official/write-mdx.ts';
import { writeFileAtomic, writeOutput } from '../../src/official/write-output.ts';

const USAGE = 'Usage: npm run import -- FILE.pdf --edition ID [--out DIR] [--report FILE.json] [--strict]';
const fail = (message: string, code: number): never => { console.error(message); process.exit(code); };
process.on('unhandledRejection', (e) => fail(`Import failed, nothing written: an unexpected error in the importer (${String((e as Error)?.message ?? e).split('\n')[0]}). Please report it with the PDF.`, 4));

let args;
try {
  args = parseArgs({ allowPositionals: true, options: { edition: { type: 'string' }, out: { type: 'string' }, report: { type: 'string' }, strict: { type: 'boolean' } } });
} catch (e) { fail(`${(e as Error).message}\n${USAGE}`, 2); }
const [file] = args!.positionals;
const { edition, strict } = args!.values;
if (!file || !edition) fail(USAGE, 2);
if (!existsSync(file)) fail(`Import failed, nothing written: no such file: ${file}`, 1);
if (statSync(file).isDirectory()) fail(`Import failed, nothing written: ${file} is a folder, not a PDF file.`, 1);

const contentRoot = resolve(process.env.WTN_CONTENT_DIR ?? 'content');
const out = resolve(args!.values.out ?? join(contentRoot, 'official', edition!));
const started = performance.now();
try {
  let bytes: Uint8Array;
  try { bytes = new Uint8Array(readFileSync(file)); } catch (e) { throw new ImportError(`${file} cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`); }
  const { official, warnings, coverage } = await importPdf(bytes, edition!, { contentRoot, file: basename(file) });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(formatCoverage(coverage).join('\n'));
  for (const w of warnings) console.warn(`warning${w.page ? ` (page ${w.page})` : ''}: ${w.message}`);
  if (strict && warnings.length) fail(`Import failed, nothing written: --strict and ${warnings.length} warning${warnings.length === 1 ? '' : 's'} (listed above).`, 3);
  const imported = new Date().toISOString().slice(0, 10);
  const files = new Map(official.chapters.map((c) => [`${c.slug}.mdx`, chapterMdx(official, c, { file: basename(file), imported })]));
  const { removed } = writeOutput(out, files, { edition, source: basename(file), imported });
  if (args!.values.report) writeFileAtomic(resolve(args!.values.report), JSON.stringify(buildReport(official, warnings, coverage), null, 2) + '\n');
  console.log(`Imported ${coverage.paragraphs} numbered paragraphs in ${official.chapters.length} chapters (${official.scheme} numbering) to ${out} in ${seconds} s${removed.length ? `; removed ${removed.length} file${removed.length === 1 ? '' : 's'} an earlier import wrote` : ''}.`);
  if (args!.values.report) console.log(`Report: ${resolve(args!.values.report)}`);
} catch (e) {
  if (e instanceof ImportError) fail(`Import failed, nothing written: ${e.message}`, 1);
  fail(`Import failed, nothing written: an unexpected error in the importer (${String((e as Error)?.message ?? e).split('\n')[0]}). Please report it with the PDF.`, 4);
}
