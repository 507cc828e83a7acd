import { test, expect } from '@playwright/test';

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says search needs JavaScript and links every edition\'s contents', async ({ page }) => {
    await page.goto('search/?q=MASH');
    // A <noscript> note: Playwright's text search skips <noscript>, so it is found by its heading.
    await expect(page.getByRole('heading', { name: 'Search needs JavaScript' })).toBeVisible();
    await expect(page.locator('#search-needs-javascript')).toContainText('which is turned off');
    await expect(page.getByRole('link', { name: /Contents of Working Together 2026/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /Contents of Working Together 2010/ })).toBeVisible();
    await expect(page.getByText('Search is loading')).toBeHidden();
  });

  test('the filters, which cannot work, are hidden', async ({ page }) => {
    await page.goto('search/');
    await expect(page.getByRole('group', { name: 'Edition' })).toBeHidden();
    await expect(page.getByLabel('Chapter')).toBeHidden();
  });

  test('pressing Enter keeps the typed words in the box instead of losing them to a reload', async ({ page }) => {
    await page.goto('search/');
    const box = page.getByLabel('Words, or a paragraph such as WT2010 5.82');
    await box.fill('child protection plan');
    await box.press('Enter');
    await expect(page.getByRole('button', { name: 'Search', exact: true }).last()).toBeDisabled();
    await expect(box).toHaveValue('child protection plan');
    expect(new URL(page.url()).search).toBe('');
  });
});

test.describe('with JavaScript on but the page script still loading', () => {
  test('the page says search is loading, never that JavaScript is off, and keeps the words typed meanwhile', async ({ page }) => {
    // Hold the page's own script back until the words are typed.
    let release = () => {};
    const held = new Promise<void>((r) => { release = r; });
    await page.route(/\/_astro\/.*search.*\.js$/, async (route) => { await held; await route.continue(); });
    // A held module script holds DOMContentLoaded back too: wait only for the page to arrive.
    await page.goto('search/?q=strategy', { waitUntil: 'commit' });
    await expect(page.getByText('Search is loading…')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Search needs JavaScript' })).toHaveCount(0);
    const box = page.getByLabel('Words, or a paragraph such as WT2010 5.82');
    await box.fill('core group');
    release();
    await expect(page.locator('[data-search-list] > li').first()).toBeVisible({ timeout: 20_000 });
    await expect(box).toHaveValue('core group');
    await expect(page.getByText('Search is loading…')).toHaveCount(0);
  });
});
