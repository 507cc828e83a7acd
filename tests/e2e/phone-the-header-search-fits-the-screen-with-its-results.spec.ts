import { test, expect } from '@playwright/test';
import { options } from './search-helpers.ts';

// WCAG 1.4.10: the header search (box, edition choice, button) and its results fit a phone, at 320 and 390 px.
for (const width of [320, 390]) {
  test(`at ${width} px the header search and its results fit the screen`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('2010/chapter-5/');
    const banner = page.getByRole('banner');
    for (const control of [banner.getByRole('button', { name: 'Search', exact: true }), banner.getByRole('combobox', { name: 'Edition' }), page.getByLabel('Search the guidance')]) {
      const box = (await control.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
    }
    await page.getByLabel('Search the guidance').click();
    // The typeahead loads on first focus; type once it has made the box a combobox.
    const box = page.getByRole('combobox', { name: 'Search the guidance' });
    await box.pressSequentially('child protection conference');
    await expect(options(page).first()).toBeVisible({ timeout: 20_000 });
    const popup = (await page.locator('[data-search-popup]').boundingBox())!;
    expect(popup.x).toBeGreaterThanOrEqual(0);
    expect(popup.x + popup.width).toBeLessThanOrEqual(width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}
