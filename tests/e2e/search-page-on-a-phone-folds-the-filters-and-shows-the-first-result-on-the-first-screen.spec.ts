import { test, expect as baseExpect } from '@playwright/test';

const expect = baseExpect.configure({ timeout: 20_000 });

test.use({ viewport: { width: 390, height: 844 } });

test('on a 390 x 844 phone the filters fold behind "Filters" with their count, and the first result is on the first screen', async ({ page }) => {
  await page.goto('search/?q=conference&edition=2018&part=Statutory+guidance');
  const first = page.locator('[data-search-list] > li').first();
  await expect(first).toBeVisible();
  const toggle = page.locator('summary', { hasText: 'Filters' });
  await expect(toggle).toHaveText('Filters (2 active)');
  await expect(page.getByRole('group', { name: 'Edition', exact: true })).toBeHidden();
  // The first result starts on the first screen, and the page's own content above it stays short
  // (the header above the content is measured separately: it is the header's job to stay small).
  const top = (await first.boundingBox())!.y;
  const contentTop = (await page.getByRole('heading', { level: 1 }).boundingBox())!.y;
  expect(top).toBeLessThan(844);
  expect(top - contentTop).toBeLessThan(360);
  // The disclosure opens by keyboard and the count follows the filters.
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Edition', exact: true })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Glossary' }).check();
  await expect(toggle).toHaveText('Filters (3 active)');
});

test('on a wide screen the filters stand open beside the results', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('search/?q=conference');
  await expect(page.locator('[data-search-list] > li').first()).toBeVisible();
  await expect(page.getByRole('group', { name: 'Edition', exact: true })).toBeVisible();
});
