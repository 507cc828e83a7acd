import { test, expect } from '@playwright/test';

test('the home page says which edition is in force and what each edition replaced', async ({ page }) => {
  await page.goto('');
  await expect(page.locator('.in-force-callout')).toContainText('In force now: Working Together 2026');
  const card2013 = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Working Together 2013' }) });
  await expect(card2013).toContainText('Framework for the Assessment of Children in Need and their Families');
  await expect(card2013).toContainText('Superseded by 2015');
});

test('the 2018 edition page shows its transitional dates and related documents', async ({ page }) => {
  await page.goto('2018/');
  await expect(page.getByRole('heading', { name: 'Transitional arrangements' })).toBeVisible();
  await expect(page.locator('.timeline time').first()).toContainText('2018');
  await expect(page.getByRole('heading', { name: 'Related documents' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /at a glance/ })).toBeVisible();
});
