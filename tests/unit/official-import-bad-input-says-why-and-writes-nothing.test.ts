import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fixtureHtml } from '../fixtures/official/layout.ts';
import { closePrinter, printPdf } from '../fixtures/official/print-pdf.ts';
import { sampleDoc } from '../fixtures/official/sample-doc.ts';
import { encrypted, overwritten, truncated } from '../fixtures/official/damage.ts';

const dir = mkdtempSync(join(tmpdir(), 'wtn-import-bad-'));
const CLI = resolve(import.meta.dirname, '../../scripts/import/index.ts');
const files: Record<string, string> = {};

before(async () => {
  writeFileSync((files.text = join(dir, 'notes.pdf')), 'These are plain notes, not a PDF at all.\n');
  writeFileSync((files.scan = join(dir, 'scan.pdf')), await printPdf('<!doctype html><html lang="en"><body><div style="width:150mm;height:200mm;background:#999"></div></body></html>'));
  writeFileSync((files.prose = join(dir, 'prose.pdf')), await printPdf(fixtureHtml({ header: 'A leaflet', pages: [{ printed: 1, blocks: [{ kind: 'heading', level: 1, text: 'A leaflet about compost' }, { kind: 'cont', text: 'Compost heaps like a mix of green and brown material turned every few weeks.' }] }] })));
  const good = await printPdf(fixtureHtml(sampleDoc()));
  writeFileSync((files.good = join(dir, 'good.pdf')), good);
  writeFileSync((files.encrypted = join(dir, 'encrypted.pdf')), encrypted(good));
  writeFileSync((files.truncated = join(dir, 'truncated.pdf')), truncated(good));
  writeFileSync((files.overwritten = join(dir, 'overwritten.pdf')), overwritten(good));
  const gap = sampleDoc();
  const b = gap.pages[4].blocks[5];
  if (b.kind === 'para') b.n = '2.5';
  writeFileSync((files.gap = join(dir, 'gap.pdf')), await printPdf(fixtureHtml(gap)));
  writeFileSync((files.blocker = join(dir, 'a-file')), 'not a folder');
});
after(closePrinter);

function run(file: string, edition: string, extra: string[] = [], out = join(dir, `out-${Math.random().toString(36).slice(2)}`)) {
  const r = spawnSync(process.execPath, [CLI, file, '--edition', edition, '--out', out, '--report', `${out}.json`, ...extra], { encoding: 'utf8', cwd: resolve(import.meta.dirname, '../..') });
  return { ...r, wrote: existsSync(out) || existsSync(`${out}.json`) };
}
const oneLine = (stderr: string) => stderr.trim().split('\n').length === 1 && !/\n\s+at /.test(stderr);

const cases: [string, () => string, string, RegExp][] = [
  ['a file that is not a PDF', () => files.text, '2010', /is not a PDF/],
  ['a PDF with no text layer (a scan)', () => files.scan, '2010', /no text layer: it looks like a scan\. OCR is not done/],
  ['a PDF with no numbered paragraphs', () => files.prose, '2010', /no numbered paragraphs were found/],
  ['an edition the content does not know', () => files.good, '1999', /Unknown edition "1999".*Known editions: 2010/],
  ['a PDF encrypted for opening', () => files.encrypted, '2010', /is password-protected/],
  ['a PDF cut short', () => files.truncated, '2010', /is damaged/],
  ['a folder instead of a file', () => dir, '2010', /is a folder, not a PDF file/],
];
for (const [name, file, edition, message] of cases) {
  test(`${name}: a clear message and nothing written`, () => {
    const r = run(file(), edition);
    assert.equal(r.status, 1);
    assert.ok(oneLine(r.stderr), r.stderr);
    assert.match(r.stderr, /^Import failed, nothing written: /);
    assert.match(r.stderr, message);
    assert.equal(r.wrote, false);
  });
}

test('good input writes one MDX file per chapter and the report, and ends with the coverage summary', () => {
  const r = run(files.good, '2010');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^Coverage: 8 numbered paragraphs \(chapter-dot-paragraph numbering\) on 6 pages; 1 boxes; 1 table, 1 flowchart, 0 other figures; 1 lists; 2 footnotes; 0 warnings\.$/m);
  assert.match(r.stdout, /^  1 .* 5 paragraphs \(1\.1–1\.5\)/m);
  assert.match(r.stdout, /Imported 8 numbered paragraphs in 2 chapters/);
  assert.equal(r.wrote, true);
});

test('a PDF with some bytes overwritten never gives a stack trace: it fails in one line or imports with warnings naming the pages', () => {
  const r = run(files.overwritten, '2010');
  assert.ok(!/\n\s+at /.test(r.stderr), r.stderr);
  if (r.status === 1) assert.ok(oneLine(r.stderr), r.stderr);
  else { assert.equal(r.status, 0); assert.match(r.stderr, /^warning \(page \d+\): .*could not be read/m); }
});

test('--strict fails the import when there is any warning, and writes nothing', () => {
  const loose = run(files.gap, '2010');
  assert.equal(loose.status, 0);
  assert.match(loose.stderr, /^warning \(page 5\): Gap in the numbering: 2\.2 \(page 5\) is followed by 2\.5/m);
  const strict = run(files.gap, '2010', ['--strict']);
  assert.equal(strict.status, 3);
  assert.match(strict.stderr, /Import failed, nothing written: --strict and 1 warning/);
  assert.equal(strict.wrote, false);
});

test('an output folder that cannot be written gives one line and writes nothing', () => {
  const r = run(files.good, '2010', [], join(files.blocker, 'official'));
  assert.equal(r.status, 1);
  assert.ok(oneLine(r.stderr), r.stderr);
  assert.match(r.stderr, /^Import failed, nothing written: cannot write the output folder .*ENOTDIR/);
});
