import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUT_DIR, sitemapPaths } from './built-site.ts';

// Readers see the guidance and where each fact comes from, never how the site was put together
// ("source document supplied with the project", scaffolding, commands, file names). Read from the
// built files: every page in the sitemap, no browser needed. The review page is for editors, says
// how to import official text and is kept out of search engines, so it is the one exception.
const EDITORS_ONLY = new Set(['review/']);
const HOW_IT_WAS_MADE = [
  /supplied with the project/i, /\bthe project\b/i, /\bseed (?:document|file)s?\b/i, /\bthe seeds\b/i, /\bscaffold(?:ed|ing)?\b/i,
  /\bnpm run\b/i, /\bnew-edition\b/i, /\bfixtures?\b/i, /\bmade-up\b/i, /\bverbatim-check\b/i, /\bcontent\/(?:editions|official|sources)\b/i,
  /\b[\w-]+\.(?:mdx|yaml)\b/i, /\bgit-ignored\b/i, /\bhelper\b/i,
];
const visibleText = (html: string) => html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/\s+/g, ' ');

test('no page a reader sees has words about how the site was made', () => {
  const found = sitemapPaths().filter((p) => !EDITORS_ONLY.has(p)).flatMap((p) => {
    const text = visibleText(readFileSync(join(OUT_DIR, p, 'index.html'), 'utf8'));
    return HOW_IT_WAS_MADE.flatMap((re) => { const m = re.exec(text); return m ? [`/${p}: “${text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40)}”`] : []; });
  });
  expect(found).toEqual([]);
});

test('the check would see such words', () => {
  expect(HOW_IT_WAS_MADE.some((re) => re.test(visibleText('<dd>Source document supplied with the project. Informs: 2010.</dd>')))).toBe(true);
});
