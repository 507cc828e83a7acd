import { test, expect } from '@playwright/test';

test('on a 390 px phone, Previous and Next stay on screen in a slim bar while the steps scroll', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('flowcharts/2018/referral/');
  const next = page.getByRole('button', { name: 'Next step' });
  const previous = page.getByRole('button', { name: 'Previous step' });
  for (let i = 0; i < 4; i++) await next.click();
  await expect(page.locator('#step-5')).toHaveAttribute('aria-current', 'step');
  await page.locator('#step-5 .step-provision__body').last().scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 600);
  await expect(next).toBeInViewport();
  await expect(previous).toBeInViewport();
  const bar = (await page.locator('.walkthrough__toolbar').boundingBox())!;
  expect(bar.height).toBeLessThan(844 * 0.15);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await next.click();
  await expect(page.locator('#step-6')).toHaveAttribute('aria-current', 'step');
});
