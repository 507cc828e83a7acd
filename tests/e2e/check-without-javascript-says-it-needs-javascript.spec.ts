import { test, expect } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('without JavaScript the checker page says the checker needs it and where to look instead', async ({ page }) => {
  await page.goto('check/');
  await expect(page.getByText('The checker needs JavaScript, which is off in your browser.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'terminology crosswalk' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Check the text' })).toBeHidden();
});
