import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSite } from '../../src/model/index.ts';
import { getProvision } from '../../src/model/queries.ts';
import { statusOf } from '../../src/model/confirmation/index.ts';
import type { Site } from '../../src/model/types.ts';
import { GARDEN } from '../fixtures/official/confirmation-fixture.ts';
import type { Doc } from '../fixtures/official/layouts/model.ts';
import { renderDoc } from '../fixtures/official/layouts/render.ts';
import { typesetStyle } from '../fixtures/official/layouts/typeset.ts';
import { wordStyle } from '../fixtures/official/layouts/word.ts';
import { closePrinter, printPdf } from '../fixtures/official/print-pdf.ts';
import { fetchOfficial } from './helpers/fetch-official-project.ts';
import { FIXTURES, fixtureContent } from './helpers/fixture-content.ts';

// The whole route a deployer takes, end to end: two editions' PDFs (made-up text of our own, in two
// departmental layouts) -> npm run fetch-official --from DIR (import, then align) -> the site model.
// The made-up pair of editions (tests/fixtures/confirmation) carries four 2010 summaries into 2013,
// not confirmed; the PDFs keep one paragraph word for word, reword another and leave one subject out.

const doc = (title: string, chapter: string, paras: [string, string][]): Doc => ({
  title,
  pages: [
    { blocks: [{ kind: 'cover', title, subtitle: 'A made-up rulebook for testing the whole import' }] },
    { printed: '2', blocks: [{ kind: 'contents', entries: [[chapter, '3']] }] },
    { printed: '3', blocks: [{ kind: 'h1', text: chapter }, { kind: 'h2', text: 'Keeping the garden in order' }, ...paras.map(([n, text]) => ({ kind: 'para' as const, n, text }))] },
  ],
});

let site: Site;
let root: string;
let out: string;

before(async () => {
  const project = fixtureContent();
  root = project.root;
  cpSync(join(FIXTURES, 'confirmation', 'editions'), join(root, 'editions'), { recursive: true });
  const pdfs = mkdtempSync(join(tmpdir(), 'wtn-deployer-pdfs-'));
  const g = GARDEN;
  writeFileSync(join(pdfs, '2010.pdf'), await printPdf(renderDoc(doc('Tending the garden (2010)', 'Chapter 5: Keeping the garden in order', [['5.1', g.rota], ['5.2', g.tools], ['5.3', g.fund], ['5.4', g.complaints]]), typesetStyle)));
  writeFileSync(join(pdfs, '2013.pdf'), await printPdf(renderDoc(doc('Tending the garden (2013)', 'Chapter 1: Keeping the garden in order', [['1.', g.rota], ['2.', g.toolsChanged], ['3.', g.complaints], ['4.', g.fund], ['5.', g.compost]]), wordStyle)));
  const run = await fetchOfficial(project.project, '--from', pdfs, '--content', root);
  out = run.out;
  assert.equal(run.status, 0, out);
  process.env.WTN_CONTENT_DIR = root;
  const loaded = loadSite(root, project.project);
  assert.deepEqual(loaded.errors, []);
  site = loaded.site;
});
after(closePrinter);

test('fetch-official imports both PDFs from the folder and aligns them', () => {
  assert.match(out, /2010: Imported 4 numbered paragraphs/);
  assert.match(out, /2013: Imported 5 numbered paragraphs/);
  assert.match(out, /2010-2013: aligned/);
});

test('a paragraph the PDFs keep word for word confirms the provision carried forward, naming both numbers', () => {
  const s = statusOf(site, getProvision(site, '2013', 'watering-rota')!, root);
  assert.ok(s.status === 'confirmed', s.status);
  assert.deepEqual([s.evidence.older.paragraphs.map((x) => x.number), s.evidence.newer.paragraphs.map((x) => x.number)], [['5.1'], ['1']]);
});

test('a paragraph the PDFs reword flags the provision for review, with the official word diff', () => {
  const s = statusOf(site, getProvision(site, '2013', 'tool-care')!, root);
  assert.ok(s.status === 'review', s.status);
  assert.match(JSON.stringify(s), /before dusk/);
});

test('a subject the newer PDF does not have stays carried forward, not confirmed', () => {
  assert.equal(statusOf(site, getProvision(site, '2013', 'visiting-children')!, root).status, 'carried');
});
