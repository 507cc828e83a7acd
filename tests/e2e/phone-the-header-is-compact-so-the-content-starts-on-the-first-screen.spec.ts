import { test, expect } from '@playwright/test';

// On a 390 x 844 phone the header (name, Menu button, search box) leaves the first screen to the
// content: the main heading starts within the top third. Pages under a superseded-edition banner
// are left out: that banner is content a reader must see first.
const SCREEN = { width: 390, height: 844 };

for (const path of ['', '2026/', '2026/chapter-3/', 'compare/2023/2026/', 'flowcharts/']) {
  test(`on a phone the main heading of /${path} starts within the first third of the screen`, async ({ page }) => {
    await page.setViewportSize(SCREEN);
    await page.goto(path);
    const heading = (await page.getByRole('main').getByRole('heading', { level: 1 }).boundingBox())!;
    expect(heading.y).toBeLessThanOrEqual(SCREEN.height / 3);
    // The search box stays on the first screen, outside the menu.
    await expect(page.getByRole('banner').getByLabel('Search the guidance')).toBeInViewport();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  });
}

test('on a wide screen the navigation bar shows every link without a menu button', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('2026/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: '2026 (in force)' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Decision trees' })).toBeVisible();
  await expect(page.getByText('Menu', { exact: true })).toBeHidden();
  await expect(page.getByRole('banner').getByLabel('Search the guidance')).toBeVisible();
});

for (const width of [320, 390]) {
  test(`at ${width} px the header, with its menu open, does not scroll sideways`, async ({ page }) => {
    await page.setViewportSize({ width, height: 700 });
    await page.goto('2010/chapter-5/');
    await page.getByText('Menu', { exact: true }).click();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}

for (const path of ['2013/', '2023/chapter-4/']) {
  test(`on a phone a superseded edition's page /${path} shows its banner, and its main heading starts within the top 40% of the screen`, async ({ page }) => {
    await page.setViewportSize(SCREEN);
    await page.goto(path);
    await expect(page.getByRole('note', { name: 'Superseded edition' })).toBeInViewport();
    const heading = (await page.getByRole('main').getByRole('heading', { level: 1 }).boundingBox())!;
    expect(heading.y).toBeLessThanOrEqual(SCREEN.height * 0.4);
  });
}
