import { test, expect } from '@playwright/test';
import { pageTypes } from './built-site.ts';

for (const [type, path] of pageTypes()) {
  test(`the ${type} page requests nothing from another origin and sets no cookie`, async ({ page, context, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url()); });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    // Use the page: open the search, which loads everything search needs.
    await page.getByLabel('Search the guidance').click();
    await page.getByLabel('Search the guidance').fill('strategy discussion');
    await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().waitFor();
    expect(foreign).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
  });
}
