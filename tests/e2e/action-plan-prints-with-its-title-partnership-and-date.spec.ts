import { test, expect } from '@playwright/test';

test("the printed plan has its title, the partnership's name and the date, and none of the screen's notes", async ({ page }) => {
  await page.goto('compare/2023/2026/action-plan/');
  await page.getByRole('textbox', { name: /^Partnership name/ }).fill('Northshire Safeguarding Children Partnership');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1, name: /^Action plan: Working Together 2023 to Working Together 2026/ })).toBeVisible();
  const head = page.locator('[data-plan-print-head]');
  await expect(head).toBeVisible();
  const today = await page.evaluate(() => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }));
  await expect(head).toHaveText(`Northshire Safeguarding Children Partnership. Printed on ${today}.`);
  // Notes about using the page on screen are left out; the summary notice naming the publication stays.
  await expect(page.getByText('What you type stays in this browser')).toBeHidden();
  await expect(page.getByText(/^A row for every provision/)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export as CSV' })).toBeHidden();
  await expect(page.getByRole('group', { name: 'Show' })).toBeHidden();
  await expect(page.locator('.summary-notice')).toBeVisible();

  // The name is kept on this device for the next plan, and a plan without one prints the date alone.
  await page.emulateMedia({ media: 'screen' });
  await page.goto('compare/2018/2023/action-plan/');
  await expect(page.getByRole('textbox', { name: /^Partnership name/ })).toHaveValue('Northshire Safeguarding Children Partnership');
  await page.getByRole('textbox', { name: /^Partnership name/ }).fill('');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-plan-print-head]')).toHaveText(`Printed on ${today}.`);
});
