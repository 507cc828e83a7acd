import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fixtureHtml } from '../fixtures/official/layout.ts';
import { closePrinter, printPdf } from '../fixtures/official/print-pdf.ts';
import { sampleDoc } from '../fixtures/official/sample-doc.ts';

const dir = mkdtempSync(join(tmpdir(), 'wtn-import-out-'));
const CLI = resolve(import.meta.dirname, '../../scripts/import/index.ts');
const out = join(dir, 'official', '2010');
let good = '';
before(async () => { writeFileSync((good = join(dir, 'good.pdf')), await printPdf(fixtureHtml(sampleDoc()))); });
after(closePrinter);

const run = (file: string) => spawnSync(process.execPath, [CLI, file, '--edition', '2010', '--out', out], { encoding: 'utf8', cwd: resolve(import.meta.dirname, '../..') });
const listing = () => readdirSync(out).sort();

test('a re-import replaces only the files an import wrote; a deployer’s own files stay, and a failed import changes nothing', () => {
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'my-notes.txt'), 'our own notes');
  writeFileSync(join(out, 'chapter-9.mdx'), 'written by hand, not by the importer');
  assert.equal(run(good).status, 0);
  assert.deepEqual(listing(), ['.wtn-import.json', 'chapter-1.mdx', 'chapter-2.mdx', 'chapter-9.mdx', 'my-notes.txt']);
  // A file the importer wrote last time and will not write again is removed; nothing else is.
  const manifest = JSON.parse(readFileSync(join(out, '.wtn-import.json'), 'utf8'));
  writeFileSync(join(out, 'appendix-z.mdx'), 'from an earlier import');
  writeFileSync(join(out, '.wtn-import.json'), JSON.stringify({ ...manifest, files: [...manifest.files, 'appendix-z.mdx'] }));
  const again = run(good);
  assert.equal(again.status, 0);
  assert.match(again.stdout, /removed 1 file an earlier import wrote/);
  assert.deepEqual(listing(), ['.wtn-import.json', 'chapter-1.mdx', 'chapter-2.mdx', 'chapter-9.mdx', 'my-notes.txt']);
  const before = listing().map((f) => readFileSync(join(out, f), 'utf8'));
  writeFileSync(join(dir, 'bad.pdf'), 'not a pdf');
  assert.equal(run(join(dir, 'bad.pdf')).status, 1);
  assert.deepEqual(listing().map((f) => readFileSync(join(out, f), 'utf8')), before);
  assert.deepEqual(readdirSync(join(dir, 'official')), ['2010'], 'no temporary folder is left behind');
});
