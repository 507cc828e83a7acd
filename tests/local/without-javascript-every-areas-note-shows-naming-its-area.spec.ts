import { test, expect } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('without JavaScript every area\'s note is shown, each naming its area, and the bar links to each area\'s page', async ({ page }) => {
  await page.goto('2026/chapter-3/');
  await expect(page.locator('article#referral-who [data-local-note="front-door-referrals--north"]')).toContainText('North Exampleshire');
  await expect(page.locator('article#referral-who [data-local-note="front-door-referrals--south"]')).toContainText('South Exampleshire');
  const bar = page.getByRole('complementary', { name: 'Local information' });
  await expect(bar).toContainText('Shown for every area, each note naming its area.');
  await expect(page.getByLabel('Your area')).toBeHidden();
  await bar.getByRole('link', { name: 'South Exampleshire' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('South Exampleshire');
  await expect(page.locator('[data-local-contacts]')).toContainText("South Exampleshire Children's Front Door, 01632 960201");
  await expect(page.locator('[data-local-contacts]')).not.toContainText('01632 960101');
});
