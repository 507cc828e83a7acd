// Network errors, a 404, a web page where the PDF was expected and a server that never answers:
// each is one clear line; the edition fails only when none of its addresses gives a PDF; the other
// editions are still fetched and imported; the exit code says that one failed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { closePrinter, fetchOfficial, madeUpPdf, projectWith } from './helpers/fetch-official-project.ts';
import { startPdfServer, unreachableAddress, type PdfServer } from './helpers/official-pdf-server.ts';

let server: PdfServer;
before(async () => {
  server = await startPdfServer();
  server.routes.set('/2013.pdf', { pdf: await madeUpPdf('2013') });
  server.routes.set('/moved.pdf', { status: 404 });
  server.routes.set('/cookies.pdf', { html: '<!doctype html><html><body><h1>Cookies on GOV.UK</h1></body></html>' });
  server.routes.set('/stalls.pdf', { silent: true });
  await closePrinter();
});
after(() => server.close());

test('each bad address is one line, and the other edition is still imported', async () => {
  const refused = await unreachableAddress();
  const { project, root } = projectWith({
    2010: [refused, `${server.base}/moved.pdf`, `${server.base}/cookies.pdf`, `${server.base}/stalls.pdf`],
    2013: [`${server.base}/2013.pdf`],
  });
  const r = await fetchOfficial(project, '--timeout', '1');
  assert.equal(r.status, 1);
  const lines = r.out.split('\n').filter((l) => l.startsWith('2010:'));
  assert.deepEqual(lines, [
    `2010: ${refused}: connection refused (the server is not answering).`,
    `2010: ${server.base}/moved.pdf: not found (HTTP 404): the file may have moved; check the publication page for its current address.`,
    `2010: ${server.base}/cookies.pdf: answered with a web page (text/html; charset=utf-8), not a PDF: the file may have moved, or a page asks for cookies or a sign-in.`,
    `2010: ${server.base}/stalls.pdf: no answer within 1 s (timed out).`,
    '2010: not fetched from any of its 4 addresses; the other editions go on.',
  ]);
  assert.match(r.out, /^2013: Imported \d+ numbered paragraphs/m);
  assert.match(r.out, /^Official text: imported 2013; failed 2010\.$/m);
  assert.ok(!existsSync(join(root, 'official', '2010')) && !existsSync(join(project, '.cache', 'official-pdfs', '2010.pdf')));
});

test('a later address is used when an earlier one fails', async () => {
  const { project } = projectWith({ 2013: [`${server.base}/moved.pdf`, `${server.base}/2013.pdf`] });
  const r = await fetchOfficial(project, '--editions', '2013', '--no-import');
  assert.equal(r.status, 0, r.out);
  assert.match(r.out, /^2013: .*moved\.pdf: not found \(HTTP 404\)/m);
  assert.match(r.out, /^2013: first fetch .* from .*\/2013\.pdf;/m);
});
