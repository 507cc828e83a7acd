// A deployer's own mirror (--mirror URL) is asked for URL/<year>.pdf instead of the publisher's
// addresses; the checksum is recorded just the same.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { closePrinter, fetchOfficial, madeUpPdf, projectWith } from './helpers/fetch-official-project.ts';
import { startPdfServer, type PdfServer } from './helpers/official-pdf-server.ts';

let server: PdfServer;
before(async () => {
  server = await startPdfServer();
  server.routes.set('/mirror/2013.pdf', { pdf: await madeUpPdf('2013') });
  await closePrinter();
});
after(() => server.close());

test('--mirror URL fetches URL/<year>.pdf', async () => {
  const { project, root } = projectWith({ 2013: [`${server.base}/publisher/2013.pdf`] });
  const r = await fetchOfficial(project, '--mirror', `${server.base}/mirror/`, '--editions', '2013', '--no-import');
  assert.equal(r.status, 0, r.out);
  assert.deepEqual(server.hits, ['/mirror/2013.pdf']);
  assert.equal(parse(readFileSync(join(root, 'official-pdfs.lock'), 'utf8')).editions['2013'].from, `${server.base}/mirror/2013.pdf`);
  assert.match(r.out, /^Official text: checked 2013\.$/m);
});
