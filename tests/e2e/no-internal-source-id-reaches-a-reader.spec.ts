import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUT_DIR, sitemapPaths } from './built-site.ts';

// Readers see a source's title, never our internal id ("Seed 003", "seed-004"), and the advice to
// check the official text once per note. Read from the built files: every page, no browser needed.
const visibleText = (html: string) => html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ');

test('no page shows an internal source id', () => {
  const found = sitemapPaths().flatMap((p) => {
    const m = visibleText(readFileSync(join(OUT_DIR, p, 'index.html'), 'utf8')).match(/\bseed[- ]0\d\d\b/i);
    return m ? [`/${p}: ${m[0]}`] : [];
  });
  expect(found).toEqual([]);
});

test('no page says "Check the official text." twice in a row', () => {
  const found = sitemapPaths().filter((p) => /Check the official text\.?\s*Check the official text/.test(visibleText(readFileSync(join(OUT_DIR, p, 'index.html'), 'utf8'))));
  expect(found).toEqual([]);
});

test('a provision offers "Sources for this provision", listing its own sources and pointing to its section\'s', async ({ page }) => {
  await page.goto('2010/chapter-8/#scr-must-child-death');
  const provision = page.locator('#scr-must-child-death');
  await provision.getByText('Sources for this provision').click();
  await expect(provision.locator('.provision__sources li').first()).toBeVisible();
  await provision.locator('.provision__sources').getByRole('link', { name: 'the sources listed for its section' }).click();
  await expect(page.locator('.section__sources:target')).toHaveCount(1);
});
