// `npm run align` is not tied to content/official/: OLD and NEW may be folders holding an import's
// .mdx files anywhere, or edition ids read from --official DIR; the files go to --out DIR; and a
// second run keeps what a reviewer marked reviewed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { AlignParagraph } from '../../src/official/align.ts';
import { anchorFor, type OfficialEdition } from '../../src/official/types.ts';
import { chapterMdx } from '../../src/official/write-mdx.ts';
import { rulebook, successor } from '../fixtures/official/made-up-editions.ts';

const ALIGN = resolve(import.meta.dirname, '../../scripts/align/index.ts');
const work = mkdtempSync(join(tmpdir(), 'wtn-align-'));

/** Writes made-up paragraphs as an import would (one .mdx per chapter of 40). */
function writeImport(dir: string, edition: string, paras: AlignParagraph[]): void {
  mkdirSync(dir, { recursive: true });
  const e: OfficialEdition = { edition, scheme: 'continuous', chapters: [] };
  paras.forEach((p, k) => {
    const c = Math.floor(k / 40);
    e.chapters[c] ??= { key: String(c + 1), slug: `chapter-${c + 1}`, title: `Chapter ${c + 1}: Made up`, page: 1 + c * 10, blocks: [], footnotes: [] };
    e.chapters[c].blocks.push({ kind: 'para', number: p.number, anchor: anchorFor(p.number), page: e.chapters[c].page, headings: [], body: [{ kind: 'text', text: p.text }], text: p.text, footnotes: [] });
  });
  for (const c of e.chapters) writeFileSync(join(dir, `${c.slug}.mdx`), chapterMdx(e, c, { file: 'made-up.pdf', imported: '2026-12-07' }));
}

const older = rulebook(80, 31);
const { newer } = successor(older, 32);
writeImport(join(work, 'anywhere', '2041'), '2041', older);
writeImport(join(work, 'elsewhere', '2042'), '2042', newer);
writeImport(join(work, 'imports', '2043'), '2043', older);
writeImport(join(work, 'imports', '2044'), '2044', newer);
const run = (...args: string[]) => spawnSync(process.execPath, [ALIGN, ...args, '--content', join(work, 'no-content')], { encoding: 'utf8' });

test('OLD and NEW can be folders anywhere; the file goes to --out', () => {
  const r = run(join(work, 'anywhere', '2041'), join(work, 'elsewhere', '2042'), '--out', join(work, 'out'));
  assert.equal(r.status, 0, r.stderr);
  const file = parse(readFileSync(join(work, 'out', '2041-2042.yaml'), 'utf8'));
  assert.equal(file.paragraphs.length, newer.length);
  assert.ok(file.paragraphs.filter((p: { kind: string }) => p.kind !== 'new').length > newer.length * 0.8);
});

test('edition ids are read from --official DIR, and the file goes to DIR/alignment/ by default', () => {
  const r = run('2043', '2044', '--official', join(work, 'imports'));
  assert.equal(r.status, 0, r.stderr);
  assert.ok(existsSync(join(work, 'imports', 'alignment', '2043-2044.yaml')));
  assert.match(r.stderr, /Provision mapping skipped/);
});

test('a folder with no import, or a damaged one, says what to do and writes nothing', () => {
  const r = run(join(work, 'empty-folder-that-is-not-there'), '2044', '--official', join(work, 'imports'), '--out', join(work, 'out2'));
  assert.equal(r.status, 1);
  assert.match(r.stderr, /No official text in .*empty-folder-that-is-not-there/);
  assert.ok(!existsSync(join(work, 'out2')));
  mkdirSync(join(work, 'damaged', '2045'), { recursive: true });
  writeFileSync(join(work, 'damaged', '2045', 'chapter-1.mdx'), '---\nedition: "20x"\n---\n');
  const d = run(join(work, 'damaged', '2045'), '2044', '--official', join(work, 'imports'), '--out', join(work, 'out2'));
  assert.equal(d.status, 1);
  assert.match(d.stderr, /^Cannot read the import in .*2045: .*chapter-1\.mdx/m);
  assert.doesNotMatch(d.stderr, /at .*\.ts:\d+/);
  assert.ok(!existsSync(join(work, 'out2')));
});

test('a second run keeps reviewed entries and reports the run before', () => {
  const file = join(work, 'imports', 'alignment', '2043-2044.yaml');
  const text = readFileSync(file, 'utf8').replace(/reviewed: false/, 'reviewed: true');
  writeFileSync(file, text);
  const r = run('2043', '2044', '--official', join(work, 'imports'));
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /Since the last run: 1 reviewed entries kept/);
  const again = parse(readFileSync(file, 'utf8'));
  assert.equal(again.sinceLastRun.keptAsReviewed, 1);
});

test('a review file a person broke is left as it is, with the problem named', () => {
  const file = join(work, 'imports', 'alignment', '2043-2044.yaml');
  const broken = readFileSync(file, 'utf8').replace(/kind: new\n/, 'kind: same\n');
  writeFileSync(file, broken);
  const r = run('2043', '2044', '--official', join(work, 'imports'));
  assert.equal(r.status, 1);
  assert.match(r.stderr, /left as it is .*a "new" paragraph has no old counterpart/);
  assert.equal(readFileSync(file, 'utf8'), broken);
});
