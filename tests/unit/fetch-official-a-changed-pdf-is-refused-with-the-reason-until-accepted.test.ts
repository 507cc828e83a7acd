// The department re-issues its PDFs. When a later download differs from the checksum recorded at
// the first fetch, fetch-official refuses it, says why and what to check, keeps the text imported
// before and the recorded checksum, and goes on with the other editions; --accept-new EDITION
// then records the new file (naming the one it replaced) and imports it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { closePrinter, fetchOfficial, madeUpPdf, projectWith } from './helpers/fetch-official-project.ts';
import { startPdfServer, type PdfServer } from './helpers/official-pdf-server.ts';

let server: PdfServer;
let reissued: Uint8Array;
before(async () => {
  server = await startPdfServer();
  server.routes.set('/2010.pdf', { pdf: await madeUpPdf('2010') });
  server.routes.set('/2013.pdf', { pdf: await madeUpPdf('2013') });
  reissued = await madeUpPdf('2013', true);
  await closePrinter();
});
after(() => server.close());

test('a changed PDF is refused with the reason, the rest go on, and --accept-new takes it', async () => {
  const { project, root } = projectWith({ 2010: [`${server.base}/2010.pdf`], 2013: [`${server.base}/2013.pdf`] });
  assert.equal((await fetchOfficial(project)).status, 0);
  const lockBefore = readFileSync(join(root, 'official-pdfs.lock'), 'utf8');
  const textBefore = readFileSync(join(root, 'official', '2013', 'chapter-1.mdx'), 'utf8');

  server.routes.set('/2013.pdf', { pdf: reissued });
  const refused = await fetchOfficial(project);
  assert.equal(refused.status, 1, 'the exit code says an edition failed');
  assert.match(refused.out, /^2013: refused: the PDF from .*\/2013\.pdf is not the file recorded in official-pdfs\.lock on \d{4}-\d{2}-\d{2} \(SHA-256 was [0-9a-f]{12}…, now [0-9a-f]{12}…\)\.$/m);
  assert.match(refused.out, /re-issues its PDFs/);
  assert.match(refused.out, /publication page's history/);
  assert.match(refused.out, /npm run fetch-official -- --accept-new 2013/);
  assert.match(refused.out, /^2010: the same PDF as recorded/m, 'the other edition goes on');
  assert.match(refused.out, /^Official text: imported 2010; failed 2013\.$/m);
  assert.equal(readFileSync(join(root, 'official-pdfs.lock'), 'utf8'), lockBefore, 'the recorded checksum stays');
  assert.equal(readFileSync(join(root, 'official', '2013', 'chapter-1.mdx'), 'utf8'), textBefore, 'the text imported before stays');

  const accepted = await fetchOfficial(project, '--accept-new', '2013');
  assert.equal(accepted.status, 0, accepted.out);
  assert.match(accepted.out, /^2013: accepted a new PDF/m);
  const was = parse(lockBefore).editions['2013'].sha256;
  const now = parse(readFileSync(join(root, 'official-pdfs.lock'), 'utf8')).editions['2013'];
  assert.equal(now.replaced, was);
  assert.notEqual(now.sha256, was);
  assert.match(readFileSync(join(root, 'official', '2013', 'chapter-1.mdx'), 'utf8'), /careful map/);
});
