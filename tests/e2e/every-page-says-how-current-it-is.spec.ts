import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUT_DIR, sitemapPaths } from './built-site.ts';

// The currency line is one dated fact from content/currency.yaml, never the build date.
const lastChecked = /^lastChecked: (\d{4}-\d{2}-\d{2})$/m.exec(readFileSync('content/currency.yaml', 'utf8'))![1];

test('every page in the sitemap says when the content was last checked against the official publication', () => {
  const missing = sitemapPaths().filter((p) => !readFileSync(join(OUT_DIR, p, 'index.html'), 'utf8').includes(`data-currency`));
  expect(missing).toEqual([]);
});

test('the footer gives the date of the last check and links to how to check for a newer edition', async ({ page }) => {
  await page.goto('2010/chapter-5/');
  const line = page.locator('[data-currency]');
  await expect(line.locator('time')).toHaveAttribute('datetime', lastChecked);
  await line.getByRole('link', { name: 'How to check for a newer edition or amendment' }).click();
  await expect(page.getByRole('heading', { name: /How current this site is/ })).toBeVisible();
  await expect(page.locator('#currency ~ ol').first()).toContainText('GOV.UK');
});
