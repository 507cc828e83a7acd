import { test, expect, type Page } from '@playwright/test';
import { headerPolicy } from './built-site.ts';
import { options, typeSearch } from './search-helpers.ts';

/** Serves every page with the _headers policy as well as its meta tag, and records violations. */
async function underPolicy(page: Page): Promise<() => Promise<string[]>> {
  const policy = headerPolicy();
  // The header applies to documents: add it to each page as a static host would.
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    try {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
    } catch {
      /* the page navigated away before this response arrived */
    }
  });
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

test('every page carries its policy as a meta tag', async ({ page }) => {
  await page.goto('2010/chapter-5/');
  await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute('content', /default-src 'self'/);
});

test('search, reader options and copy citation work under the policy', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const violations = await underPolicy(page);
  await page.goto('2010/chapter-5/');
  await page.getByText('Display options').click();
  await page.getByRole('radio', { name: 'Large' }).check();
  await page.locator('#icpc-timing').getByRole('button', { name: /^Copy citation/ }).click();
  await typeSearch(page, 'rapid review');
  await expect(options(page).first()).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('the edition switcher, comparison filters and action plan work under the policy', async ({ page }) => {
  const violations = await underPolicy(page);
  await page.goto('compare/2015/2018/');
  await page.getByRole('checkbox', { name: 'Who holds the duty' }).check();
  await page.goto('compare/2018/2023/action-plan/');
  await page.getByRole('textbox', { name: /^Action for/ }).first().fill('A plan');
  await page.goto('2010/chapter-5/#icpc-timing');
  await page.getByRole('navigation', { name: 'This chapter in other editions' }).getByRole('link', { name: /^2013/ }).click();
  await expect(page).toHaveURL(/2013\/chapter-1\/#icpc-timing/);
  expect(await violations()).toEqual([]);
});
