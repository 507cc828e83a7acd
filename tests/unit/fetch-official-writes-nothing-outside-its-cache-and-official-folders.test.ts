// Bringing the official text in changes only what it should: the PDF cache (git-ignored), the
// imported text and alignment under content/official/ (git-ignored), and the checksum lock the
// deployer commits. No content file, nothing else in the project, is touched.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { closePrinter, fetchOfficial, listing, madeUpPdf, projectWith } from './helpers/fetch-official-project.ts';
import { startPdfServer, type PdfServer } from './helpers/official-pdf-server.ts';

let server: PdfServer;
before(async () => {
  server = await startPdfServer();
  server.routes.set('/2010.pdf', { pdf: await madeUpPdf('2010') });
  server.routes.set('/2013.pdf', { pdf: await madeUpPdf('2013') });
  await closePrinter();
});
after(() => server.close());

test('only the cache, content/official/ and the checksum lock change', async () => {
  const { project } = projectWith({ 2010: [`${server.base}/2010.pdf`], 2013: [`${server.base}/2013.pdf`] });
  const before = listing(project);
  const r = await fetchOfficial(project);
  assert.equal(r.status, 0, r.out);
  const after = listing(project);
  const changed = [...after].filter(([f, s]) => before.get(f) !== s).map(([f]) => f);
  const gone = [...before.keys()].filter((f) => !after.has(f));
  assert.deepEqual(gone, []);
  assert.ok(changed.length > 5);
  const allowed = (f: string) => f.startsWith('.cache/official-pdfs/') || f.startsWith('content/official/') || f === 'content/official-pdfs.lock';
  assert.deepEqual(changed.filter((f) => !allowed(f)), []);
  assert.ok(changed.every((f) => !f.endsWith('.tmp')), 'no half-written file is left');
});
