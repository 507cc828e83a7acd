import { test, expect } from '@playwright/test';

test('switching edition goes to the same provision’s descendant', async ({ page }) => {
  await page.goto('2010/chapter-5/#icpc-timing');
  await page.getByRole('navigation', { name: 'This chapter in other editions' }).getByRole('link', { name: /^2013/ }).click();
  await expect(page).toHaveURL(/\/2013\/chapter-1\/#icpc-timing$/);
  await expect(page.locator('#icpc-timing')).toBeInViewport();
});

test('switching back goes to its ancestor', async ({ page }) => {
  await page.goto('2023/chapter-3/#icpc-timing');
  await page.getByRole('navigation', { name: 'This chapter in other editions' }).getByRole('link', { name: /^2010/ }).click();
  await expect(page).toHaveURL(/\/2010\/chapter-5\/#icpc-timing$/);
});

test('a provision that was removed says so plainly, with where its subject went', async ({ page }) => {
  await page.goto('2010/chapter-2/#contactpoint-purpose');
  await page.getByRole('navigation', { name: 'This chapter in other editions' }).getByRole('link', { name: /^2013/ }).click();
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('is not in Working Together 2013: it was removed in 2013');
  await expect(notice.getByRole('link', { name: /History of/ })).toBeVisible();
  await expect(page).toHaveURL(/\/2010\/chapter-2\//);
});
