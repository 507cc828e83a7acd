import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUT_DIR, sitemapPaths } from './built-site.ts';

// Slips a reader noticed, each checked on every built page (read from the files, no browser), so a
// slip fixed at its cause stays fixed wherever the same template or component is used.
const pages = sitemapPaths().map((p) => ({ p, html: readFileSync(join(OUT_DIR, p, 'index.html'), 'utf8').replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '') }));
const text = (html: string) => html.replace(/<svg[\s\S]*?<\/svg>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/\s+/g, ' ');
/** The inner HTML of each element with this class (innermost match of a simple, non-nesting element). */
const blocks = (html: string, tag: string, cls: string) =>
  [...html.matchAll(new RegExp(`<${tag}\\b[^>]*class="[^"]*\\b${cls}\\b[^"]*"[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]);
const where = (found: string[]) => found.slice(0, 5);

test('no sentence runs into a link without a space ("2026.What it covers")', () => {
  expect(where(pages.flatMap(({ p, html }) => [...html.matchAll(/[A-Za-z0-9.,;:!?’”)]<a\s/g)].map((m) => `/${p}: …${html.slice(m.index! - 30, m.index! + 3)}`)))).toEqual([]);
});

test('no acronym loses its first capital ("For lSCB members")', () => {
  expect(where(pages.flatMap(({ p, html }) => (text(html).match(/\b[a-z][A-Z]{2,}s?\b/g) ?? []).map((m) => `/${p}: ${m}`)))).toEqual([]);
});

test('no start date reads "Expected: Not yet announced"', () => {
  expect(where(pages.filter(({ html }) => /expected:? not yet announced/i.test(text(html))).map(({ p }) => `/${p}`))).toEqual([]);
});

test('no provision says "check the official text" twice (its summary and its note)', () => {
  const twice = /check (?:it |them )?(?:against )?the official (?:text|wording)[\s\S]*check (?:it |them )?(?:against )?the official (?:text|wording)/i;
  expect(where(pages.flatMap(({ p, html }) => blocks(html, 'article', 'provision').filter((b) => twice.test(text(b))).map(() => `/${p}`)))).toEqual([]);
});

test('the 999 box, the summary notice and the "Was:" lines of comparisons have no parentheses inside parentheses', () => {
  const nested = /\([^()]*\([^()]*\)[^()]*\)/;
  expect(where(pages.flatMap(({ p, html }) => [...blocks(html, 'aside', 'tree-danger'), ...blocks(html, 'aside', 'summary-notice'), ...blocks(html, 'p', 'compare-item__was')]
    .filter((b) => nested.test(text(b))).map((b) => `/${p}: ${text(b).slice(0, 120)}`)))).toEqual([]);
});

test('no heading carries a paragraph range or printed page, and no heading’s link starts with a bare number', () => {
  const found = pages.flatMap(({ p, html }) => [...html.matchAll(/<h([1-4])\b[^>]*>([\s\S]*?)<\/h\1>/g)]
    .map((m) => text(m[2]).trim())
    // "48 Who the lead ...", "5.84 Initial ...", "48Who ...": a paragraph number, not a year ("2026 Chapter 3").
    .filter((h) => /printed page|, paragraphs? \d|^(?:¶ ?)?\d{1,3}(?:\.\d+)*(?:–\d+(?:\.\d+)*)? ?\p{Lu}|^\d+\p{L}/u.test(h))
    .map((h) => `/${p}: ${h}`));
  expect(where(found)).toEqual([]);
});
