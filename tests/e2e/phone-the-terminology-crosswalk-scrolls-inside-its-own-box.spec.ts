import { test, expect } from '@playwright/test';

// The crosswalk has a column per edition: on a phone it scrolls sideways inside a labelled, focusable
// box that a keyboard user can reach and scroll, and the page itself does not scroll sideways.
test('on a 390 px phone the crosswalk scrolls inside its own labelled box, not the page', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('terms/');
  const region = page.getByRole('region', { name: 'Terms and the editions that use them' });
  await expect(region.getByRole('table')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await region.focus();
  await expect(region).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
});
