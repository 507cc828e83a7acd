// On a machine without internet, --from DIR reads each edition's PDF from a folder (named by its
// year, or by the file name of a recorded address) and goes through the same checks, import and
// alignment, without a single request to the recorded addresses.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closePrinter, fetchOfficial, madeUpPdf, projectWith } from './helpers/fetch-official-project.ts';
import { startPdfServer, type PdfServer } from './helpers/official-pdf-server.ts';

let server: PdfServer;
const folder = mkdtempSync(join(tmpdir(), 'wtn-pdfs-'));
before(async () => {
  server = await startPdfServer();
  writeFileSync(join(folder, '2010.pdf'), await madeUpPdf('2010'));
  writeFileSync(join(folder, 'Working_together_2013.pdf'), await madeUpPdf('2013'));
  await closePrinter();
});
after(() => server.close());

test('--from DIR imports and aligns from local files, with no request made (and --strict goes to the importer)', async () => {
  const { project, root } = projectWith({ 2010: [`${server.base}/media/1/Working_together_2010.pdf`], 2013: [`${server.base}/media/2/Working_together_2013.pdf`] });
  const r = await fetchOfficial(project, '--from', folder, '--strict');
  assert.equal(r.status, 0, r.out);
  assert.deepEqual(server.hits, []);
  assert.match(r.out, new RegExp(`^2010: first fetch \\(\\d+ KB\\) from ${join(folder, '2010.pdf')};`, 'm'));
  assert.match(r.out, /^2013: first fetch .* from .*Working_together_2013\.pdf;/m);
  for (const e of ['2010', '2013']) assert.ok(readdirSync(join(root, 'official', e)).length > 0);
  assert.match(r.out, /^2010-2013: aligned/m);
});

test('an edition missing from the folder is skipped, saying which file names were looked for', async () => {
  const { project } = projectWith({});
  const empty = join(folder, 'empty');
  mkdirSync(empty);
  const r = await fetchOfficial(project, '--from', empty);
  assert.equal(r.status, 0);
  assert.match(r.out, new RegExp(`^2013: skipped: no 2013\\.pdf in ${empty}\\.$`, 'm'));
});
