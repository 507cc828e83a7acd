import { test, expect } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('without JavaScript the action plan says it needs JavaScript and shows no dead boxes', async ({ page }) => {
  await page.goto('compare/2018/2023/action-plan/');
  await expect(page.getByText('The action plan needs JavaScript')).toBeVisible();
  await expect(page.getByRole('link', { name: 'what changed from 2018 to 2023' })).toBeVisible();
  expect(await page.locator('textarea').count()).toBe(0);
  await expect(page.getByRole('table')).toBeHidden();
});
