import { test, expect } from '@playwright/test';

test.use({ viewport: { width: 390, height: 844 } });

test('on a phone, the 2023 child protection section lists its provisions, and one tap reaches the conference timescale', async ({ page }) => {
  await page.goto('2023/chapter-3/');
  const list = page.locator('#child-protection [data-section-contents]');
  await list.getByText(/Jump to one of the \d+ provisions/).click();
  await list.getByRole('link', { name: 'When the initial conference is held' }).click();
  await expect(page).toHaveURL(/#icpc-timing$/);
  await expect(page.locator('#icpc-timing')).toBeInViewport();
});

test('a short section has no list of its own', async ({ page }) => {
  await page.goto('2010/chapter-5/');
  const short = page.locator('section.section').filter({ has: page.locator('.provision') }).filter({ hasNot: page.locator('[data-section-contents]') });
  expect(await short.count()).toBeGreaterThan(0);
  for (const s of await short.all()) expect(await s.locator('.provision').count()).toBeLessThan(8);
});
