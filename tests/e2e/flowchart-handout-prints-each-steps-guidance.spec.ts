import { test, expect } from '@playwright/test';

test("the handout prints the chart with each step's guidance under it, and the page goes back after printing", async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => document.documentElement.setAttribute('data-test-printed', '');
  });
  await page.goto('flowcharts/2018/referral/');
  await page.getByRole('button', { name: /^Print a handout/ }).click();
  await expect(page.locator('html')).toHaveAttribute('data-test-printed', '');
  await page.emulateMedia({ media: 'print' });
  const steps = page.locator('[data-walkthrough-item]');
  for (const step of await steps.all()) await expect(step.locator('.step-provision__body').first()).toBeVisible();
  await expect(page.locator('svg.flowchart__svg')).toBeVisible();
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page\b(?!s)/g)!.length).toBeGreaterThan(1);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('[data-walkthrough]')).not.toHaveAttribute('data-handout', '');
  await expect(page.locator('#step-2 details')).not.toHaveAttribute('open', '');
});
