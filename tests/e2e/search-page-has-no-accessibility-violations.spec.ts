import { test, expect } from '@playwright/test';
import { wcagFindings } from './wcag.ts';
import { typeSearch } from './search-helpers.ts';


test('the search page with results has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.goto('search/?q=strategy+discussion');
  await expect(page.locator('[data-search-list] > li').first()).toBeVisible();
  expect(await wcagFindings(page)).toEqual([]);
});

test('the header search with its results open has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.goto('');
  await typeSearch(page, 'conference');
  await page.keyboard.press('ArrowDown');
  expect(await wcagFindings(page)).toEqual([]);
});

test('the search page with a term note, more results and the folded filters on a phone has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('search/?q=MASH');
  await expect(page.getByRole('region', { name: 'About “MASH”' })).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Show 30 more results' }).click();
  await expect(page.locator('[data-search-list] > li')).toHaveCount(60);
  expect(await wcagFindings(page)).toEqual([]);
});

// axe runs as a script in the page, so the page without JavaScript is checked as a browser with
// scripting off shows it: the page's scripts never load, the <noscript> note is shown (as a <div>,
// which is how such a browser renders it) and the loading note, shown only with scripting on, is gone.
test('the search page as a browser without JavaScript shows it has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.route(/\.js(\?|$)/, (route) => route.abort());
  await page.route(/\/search\/\?q=/, async (route) => {
    const html = await (await route.fetch()).text();
    const noJs = html.replace(/<noscript>/g, '<div>').replace(/<\/noscript>/g, '</div>').replace(/<div class="search-page__loading"[\s\S]*?<\/ul>\s*<\/div>\s*<\/div>/, '');
    await route.fulfill({ body: noJs, contentType: 'text/html' });
  });
  await page.goto('search/?q=MASH');
  await expect(page.getByRole('heading', { name: 'Search needs JavaScript' })).toBeVisible();
  await expect(page.getByText('Search is loading')).toHaveCount(0);
  expect(await wcagFindings(page)).toEqual([]);
});

test('the search page while its script is still loading has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.route(/\.js(\?|$)/, (route) => route.abort());
  await page.goto('search/?q=MASH');
  await expect(page.getByText('Search is loading…')).toBeVisible();
  expect(await wcagFindings(page)).toEqual([]);
});
