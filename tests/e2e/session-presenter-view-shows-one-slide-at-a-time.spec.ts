import { test, expect } from '@playwright/test';

async function firstPresenterView(page: import('@playwright/test').Page): Promise<string> {
  await page.goto('sessions/');
  return (await page.locator('main a[href$="/present/"]').first().getAttribute('href'))!;
}

test('the presenter view shows one slide at a time and the arrow keys move between them', async ({ page }) => {
  await page.goto(await firstPresenterView(page));
  const slides = page.locator('.slide[data-walkthrough-item]');
  const n = await slides.count();
  expect(n).toBeGreaterThan(3);
  await expect(slides.filter({ visible: true })).toHaveCount(1);
  await expect(page.locator('#slide-1')).toBeVisible();
  await expect(page.locator('#slide-1').getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#slide-2')).toBeVisible();
  await expect(page.locator('#slide-1')).toBeHidden();
  await expect(page).toHaveURL(/#slide-2$/);
  await expect(page.locator('[data-walkthrough="slide"] > .walkthrough__toolbar [data-walkthrough-status]')).toHaveText(new RegExp(`^Slide 2 of ${n}: `));
});

test('a link ending #slide-4 opens the presenter view at slide 4', async ({ page }) => {
  const url = await firstPresenterView(page);
  await page.goto(`${url}#slide-4`);
  await expect(page.locator('#slide-4')).toBeVisible();
  await expect(page.locator('.slide[data-walkthrough-item]').filter({ visible: true })).toHaveCount(1);
});
