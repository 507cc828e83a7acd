// A deployer's first `npm run fetch-official`, against a local server standing in for the
// publisher with made-up PDFs of our own: each PDF is downloaded into the cache, its SHA-256
// recorded in content/official-pdfs.lock, its text imported and the two editions aligned; the next
// run finds the same files and says so, leaving the lock as it was.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadOfficial } from '../../src/official/load-official.ts';
import { closePrinter, fetchOfficial, madeUpPdf, projectWith } from './helpers/fetch-official-project.ts';
import { startPdfServer, type PdfServer } from './helpers/official-pdf-server.ts';

let server: PdfServer;
const pdfs: Record<string, Uint8Array> = {};
before(async () => {
  server = await startPdfServer();
  for (const e of ['2010', '2013'] as const) { pdfs[e] = await madeUpPdf(e); server.routes.set(`/files/wt-${e}.pdf`, { pdf: pdfs[e] }); }
  await closePrinter();
});
after(() => server.close());

test('the first fetch downloads, records, imports and aligns; the second finds the same files', async () => {
  const { project, root } = projectWith({ 2010: [`${server.base}/files/wt-2010.pdf`], 2013: [`${server.base}/files/wt-2013.pdf`] });
  const first = await fetchOfficial(project);
  assert.equal(first.status, 0, first.out);
  assert.match(first.out, /^2010: first fetch .* its checksum is recorded in official-pdfs\.lock: commit that file/m);

  const lock = parse(readFileSync(join(root, 'official-pdfs.lock'), 'utf8'));
  for (const e of ['2010', '2013']) {
    assert.equal(lock.editions[e].sha256, createHash('sha256').update(pdfs[e]).digest('hex'));
    assert.equal(lock.editions[e].from, `${server.base}/files/wt-${e}.pdf`);
    assert.deepEqual(new Uint8Array(readFileSync(join(project, '.cache', 'official-pdfs', `${e}.pdf`))), pdfs[e]);
    assert.ok(readdirSync(join(root, 'official', e)).some((f) => f.endsWith('.mdx')), `${e} imported`);
    assert.ok(loadOfficial(root, e).length > 0, `the build reads ${e}'s official text back from the content folder`);
  }
  assert.ok(existsSync(join(root, 'official', 'alignment', '2010-2013.yaml')), 'aligned');
  assert.match(first.out, /^Official text: imported 2010, 2013\.$/m);

  const lockText = readFileSync(join(root, 'official-pdfs.lock'), 'utf8');
  const second = await fetchOfficial(project, '--no-import');
  assert.equal(second.status, 0, second.out);
  assert.match(second.out, /^2013: the same PDF as recorded on \d{4}-\d{2}-\d{2}/m);
  assert.equal(readFileSync(join(root, 'official-pdfs.lock'), 'utf8'), lockText);
});
