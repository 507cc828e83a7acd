import { test, expect } from '@playwright/test';

test('the 2026 edition page lists changes in law not yet in force, each with its status, timing and source', async ({ page }) => {
  await page.goto('2026/');
  const section = page.getByRole('region', { name: 'Changes in law coming into force' });
  await expect(section).toContainText('do not apply yet');
  await expect(section.locator('.coming__item').first()).toContainText(/Expected: |Start date not yet announced/);
  await expect(section).toContainText("Children's Wellbeing and Schools Act 2026");
});

test('a provision that a coming change will affect links to it, and the list links back', async ({ page }) => {
  await page.goto('2026/');
  const entry = page.locator('.coming__item').filter({ has: page.locator('dt', { hasText: 'Will change' }) }).first();
  const link = entry.locator('dt:has-text("Will change") + dd a').first();
  const href = await link.getAttribute('href');
  await link.click();
  const id = href!.split('#')[1];
  await expect(page.locator(`#${id} [data-coming]`).first()).toContainText("Coming into force");
  await page.locator(`#${id} [data-coming] a`).first().click();
  await expect(page.locator('.coming__item:target')).toHaveCount(1);
});
