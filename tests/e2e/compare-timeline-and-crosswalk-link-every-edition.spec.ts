import { test, expect } from '@playwright/test';

test('the History link on a provision opens its line of descent, each version linked', async ({ page }) => {
  await page.goto('2013/chapter-1/#icpc-timing');
  await page.locator('#icpc-timing').getByRole('link', { name: /^History/ }).click();
  await expect(page).toHaveURL(/\/history\/2013\/icpc-timing\/$/);
  await expect(page.getByRole('link', { name: /When/ }).first()).toHaveAttribute('href', /\/2010\/chapter-5\/#icpc-timing$/);
  await expect(page.locator('#in-2023 article')).toHaveCount(1);
});

test('the crosswalk shows what replaced the LSCB, and links the two', async ({ page }) => {
  await page.goto('terms/');
  const row = page.getByRole('row', { name: /Local Safeguarding Children Board/ });
  await row.getByRole('link', { name: 'safeguarding partners' }).click();
  await expect(page).toHaveURL(/#term-safeguarding-partners$/);
});
