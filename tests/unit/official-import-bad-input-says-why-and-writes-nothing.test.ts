import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fixtureHtml } from '../fixtures/official/layout.ts';
import { closePrinter, printPdf } from '../fixtures/official/print-pdf.ts';
import { sampleDoc } from '../fixtures/official/sample-doc.ts';

const dir = mkdtempSync(join(tmpdir(), 'wtn-import-bad-'));
const CLI = resolve(import.meta.dirname, '../../scripts/import/index.ts');
const files: Record<string, string> = {};

before(async () => {
  writeFileSync((files.text = join(dir, 'notes.pdf')), 'These are plain notes, not a PDF at all.\n');
  writeFileSync((files.scan = join(dir, 'scan.pdf')), await printPdf('<!doctype html><html lang="en"><body><div style="width:150mm;height:200mm;background:#999"></div></body></html>'));
  writeFileSync((files.prose = join(dir, 'prose.pdf')), await printPdf(fixtureHtml({ header: 'A leaflet', pages: [{ printed: 1, blocks: [{ kind: 'heading', level: 1, text: 'A leaflet about compost' }, { kind: 'cont', text: 'Compost heaps like a mix of green and brown material turned every few weeks.' }] }] })));
  writeFileSync((files.good = join(dir, 'good.pdf')), await printPdf(fixtureHtml(sampleDoc())));
});
after(closePrinter);

function run(file: string, edition: string) {
  const out = join(dir, `out-${Math.random().toString(36).slice(2)}`);
  const r = spawnSync(process.execPath, [CLI, file, '--edition', edition, '--out', out, '--report', `${out}.json`], { encoding: 'utf8', cwd: resolve(import.meta.dirname, '../..') });
  return { ...r, wrote: existsSync(out) || existsSync(`${out}.json`) };
}

const cases: [string, () => string, string, RegExp][] = [
  ['a file that is not a PDF', () => files.text, '2010', /is not a PDF/],
  ['a PDF with no text layer (a scan)', () => files.scan, '2010', /no text layer: it looks like a scan\. OCR is not done/],
  ['a PDF with no numbered paragraphs', () => files.prose, '2010', /no numbered paragraphs were found/],
  ['an edition the content does not know', () => files.good, '1999', /Unknown edition "1999".*Known editions: 2010/],
];
for (const [name, file, edition, message] of cases) {
  test(`${name}: a clear message and nothing written`, () => {
    const r = run(file(), edition);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /^Import failed, nothing written: /);
    assert.match(r.stderr, message);
    assert.equal(r.wrote, false);
  });
}

test('good input writes one MDX file per chapter and the report', () => {
  const r = run(files.good, '2010');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /Imported 8 numbered paragraphs in 2 chapters/);
  assert.equal(r.wrote, true);
});
