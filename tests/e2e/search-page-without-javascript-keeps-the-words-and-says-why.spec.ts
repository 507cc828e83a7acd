import { test, expect } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('without JavaScript the page says search needs it and links every edition\'s contents', async ({ page }) => {
  await page.goto('search/?q=MASH');
  await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
  await expect(page.getByRole('link', { name: /Contents of Working Together 2026/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Contents of Working Together 2010/ })).toBeVisible();
});

test('without JavaScript the filters, which cannot work, are hidden', async ({ page }) => {
  await page.goto('search/');
  await expect(page.getByRole('group', { name: 'Edition' })).toBeHidden();
  await expect(page.getByLabel('Chapter')).toBeHidden();
});

test('without JavaScript pressing Enter keeps the typed words in the box instead of losing them to a reload', async ({ page }) => {
  await page.goto('search/');
  const box = page.getByLabel('Words, or a paragraph such as WT2010 5.82');
  await box.fill('child protection plan');
  await box.press('Enter');
  await expect(page.getByRole('button', { name: 'Search', exact: true }).last()).toBeDisabled();
  await expect(box).toHaveValue('child protection plan');
  expect(new URL(page.url()).search).toBe('');
});
