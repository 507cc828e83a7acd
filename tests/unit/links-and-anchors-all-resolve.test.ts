import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readBuiltSite } from '../../src/quality/built-pages.ts';
import { checkBuiltLinks, formatBrokenLink } from '../../src/quality/link-check.ts';

function site(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'wtn-links-'));
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return readBuiltSite(dir);
}
const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body>\n${body}\n</body></html>`;

test('links to existing pages, files and ids pass', () => {
  const s = site({
    'index.html': page('<a href="/2010/chapter-5/#icpc">x</a> <a href="2010/">y</a> <script src="/app.js"></script> <a href="https://gov.uk/">z</a>'),
    '2010/index.html': page('<a href="../2010/chapter-5/">c</a>'),
    '2010/chapter-5/index.html': page('<section id="icpc"></section>'),
    'app.js': '',
  });
  assert.deepEqual(checkBuiltLinks(s, '/'), []);
});

test('a missing fragment is reported with its line and the nearest ids that exist', () => {
  const s = site({
    'index.html': page('<p>intro</p>\n<article id="lscb-role"><a href="/2010/chapter-5/#icpc-timeing">x</a></article>'),
    '2010/chapter-5/index.html': page('<p id="icpc-timing"></p><p id="icpc"></p><p id="strategy"></p>'),
  });
  const [b] = checkBuiltLinks(s, '/');
  assert.equal(b.line, 3);
  assert.equal(b.problem, '/2010/chapter-5/ has no element with id "icpc-timeing"');
  assert.deepEqual(b.nearby.slice(0, 2), ['#icpc-timing', '#icpc']);
  assert.equal(b.within, 'lscb-role');
  assert.match(formatBrokenLink(b, () => 'content/editions/2010/chapter-3.mdx:14'), /^dist\/index\.html:3 {2}Link "\/2010\/chapter-5\/#icpc-timeing".*\n {4}Written at: content\/editions\/2010\/chapter-3\.mdx:14\n {4}Nearby targets that exist: #icpc-timing/);
});

test('a missing page is reported with the nearest pages that exist', () => {
  const s = site({ 'index.html': page('<a href="/2010/chapter-55/">x</a>'), '2010/chapter-5/index.html': page('') });
  const [b] = checkBuiltLinks(s, '/');
  assert.equal(b.problem, 'no page or file is published at /2010/chapter-55/');
  assert.equal(b.nearby[0], '/2010/chapter-5/');
});

test('under a base path, links must stay inside it', () => {
  const s = site({ 'index.html': page('<a href="/guidance/2010/">ok</a> <a href="/2010/">escapes</a>'), '2010/index.html': page('') });
  const broken = checkBuiltLinks(s, '/guidance/');
  assert.deepEqual(broken.map((b) => [b.href, b.problem]), [['/2010/', "it leaves the site's base path /guidance/"]]);
});
