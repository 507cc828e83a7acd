import { test, expect } from '@playwright/test';

// A provision no source confirms for 2026 is "carried forward, not confirmed": never "unchanged".
const carried = 'rapid-review-timing';

test('a provision carried forward unconfirmed says so on its chapter page and links to the summary it borrows', async ({ page }) => {
  await page.goto(`2026/chapter-5/#${carried}`);
  const provision = page.locator(`#${carried}`);
  await expect(provision.locator('[data-unconfirmed]')).toContainText('Carried forward, not confirmed');
  await expect(provision.locator('[data-unconfirmed]')).toContainText('Working Together 2023');
  await expect(provision.getByRole('link', { name: 'The Working Together 2023 provision' })).toHaveAttribute('href', /\/2023\/chapter-5\/#rapid-review-timing$/);
});

test('its timeline marks the 2026 step as carried forward, not confirmed, not as unchanged', async ({ page }) => {
  await page.goto(`history/2026/${carried}/`);
  const step = page.locator('#in-2026 .timeline__change');
  await expect(step).toContainText('Carried forward, not confirmed');
  await expect(step).not.toContainText('Unchanged');
});

test('the 2023 to 2026 comparison counts and lists unconfirmed provisions apart from unchanged ones', async ({ page }) => {
  await page.goto('compare/2023/2026/');
  await expect(page.locator('.compare-counts')).toContainText('Carried forward, not confirmed');
  const item = page.locator('[data-kind="unconfirmed"]').filter({ hasText: 'Completing a rapid review' });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('No source we have found says what Working Together 2026 says here');
  await expect(page.locator('[data-kind="unchanged"]').filter({ hasText: 'Completing a rapid review' })).toHaveCount(0);
});

test('a tree outcome resting on unconfirmed provisions says so under 2026', async ({ page }) => {
  await page.goto('trees/serious-incident-notification/#tree=serious-incident-notification&edition=2026&what-happened=died&abuse-or-neglect=yes');
  await expect(page.locator('[data-unconfirmed-outcome]').first()).toContainText('carried forward from the previous edition and not confirmed');
});
