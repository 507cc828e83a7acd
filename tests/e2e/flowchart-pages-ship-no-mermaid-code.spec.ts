import { test, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { OUT_DIR, sitemapPaths } from './built-site.ts';

// Charts are drawn at build time: no chart, comparison or session page may carry Mermaid, in its
// HTML or in any script it loads, statically or on demand. Read from the built files (every
// script a page names, and every module those import, followed to the end), so it needs no browser.
/** Mermaid's own code (its drawn SVG keeps class names such as flowchart-v2, so the HTML is checked for Mermaid alone). */
const MERMAID = /mermaid|flowchart-v2|dagre/i;
const MERMAID_IN_HTML = /mermaid/i;
const base = (process.env.WTN_BASE ?? '/').replace(/\/?$/, '/');

/** A script's file from its address on a page ("/_astro/x.js", or relative to the importing file). */
const fileOf = (src: string, from: string) => (src.startsWith('/') ? join(OUT_DIR, src.slice(base.length - 1)) : resolve(dirname(from), src));

function scriptsOf(html: string, page: string): string[] {
  const seen = new Set<string>();
  const queue = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => fileOf(m[1], page));
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const js = readFileSync(file, 'utf8');
    for (const m of js.matchAll(/(?:from\s*|import\s*\(?\s*)["'](\.{1,2}\/[^"']+\.js)["']/g)) queue.push(resolve(dirname(file), m[1]));
  }
  return [...seen];
}

test('chart, comparison and session pages carry no Mermaid code, in their HTML or in any script they load', () => {
  const pages = sitemapPaths().filter((p) => p.startsWith('flowcharts/') || p.startsWith('sessions/'));
  expect(pages.length).toBeGreaterThan(40);
  const found: string[] = [];
  for (const p of pages) {
    const file = join(OUT_DIR, p, 'index.html');
    const html = readFileSync(file, 'utf8');
    if (MERMAID_IN_HTML.test(html)) found.push(`/${p}: its HTML`);
    for (const js of scriptsOf(html, file)) if (MERMAID.test(readFileSync(js, 'utf8'))) found.push(`/${p}: ${js.slice(OUT_DIR.length)}`);
  }
  expect(found).toEqual([]);
});
