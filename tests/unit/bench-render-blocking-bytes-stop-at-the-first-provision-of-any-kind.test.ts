import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderBlockingBytes } from '../../scripts/bench/render-blocking.ts';

/** A made-up built page: a stylesheet in <head>, a long first screen, then a provision, then a long tail. */
function site(article: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'wtn-bench-'));
  mkdirSync(join(dir, '_astro'));
  writeFileSync(join(dir, '_astro', 'a.css'), 'body { color: black; }');
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `<p>Made-up line ${i} ${Math.sin(i)}</p>`).join('');
  writeFileSync(join(dir, 'page.html'), `<html><head><link rel="stylesheet" href="/_astro/a.css"></head><body>${filler(20)}${article}${filler(4000)}</body></html>`);
  return dir;
}

test('render-blocking bytes stop at the first provision, confirmed or not', () => {
  const plain = renderBlockingBytes(site('<article class="provision" id="a">'), 'page.html', '/');
  const unconfirmed = renderBlockingBytes(site('<article class="provision provision--unconfirmed" id="a">'), 'page.html', '/');
  assert.ok(plain.bytes < 2048, `plain provision: ${plain.bytes} bytes`);
  assert.ok(Math.abs(unconfirmed.bytes - plain.bytes) < 64, `unconfirmed ${unconfirmed.bytes} vs plain ${plain.bytes}`);
});

test('a class that only begins with "provision" is not taken for a provision', () => {
  const other = renderBlockingBytes(site('<article class="provisional-note" id="a">'), 'page.html', '/');
  assert.ok(other.bytes > 10_000, `the whole page counts: ${other.bytes} bytes`);
});
