import { test, expect } from '@playwright/test';

test('comparing 2023 with 2026 says which terms changed status, and that carried-forward use is not confirmed', async ({ page }) => {
  await page.goto('compare/2023/2026/');
  const section = page.getByRole('region', { name: 'Terms that changed between 2023 and 2026' });
  const delegated = section.getByRole('listitem').filter({ hasText: 'delegated safeguarding partners' });
  await expect(delegated).toContainText('used in 2023, not confirmed in 2026');
  await expect(section.getByRole('listitem').filter({ hasText: /^early help/ })).toContainText('mentioned only in 2026');
  await delegated.getByRole('link').click();
  await expect(page).toHaveURL(/\/terms\/#term-lead-safeguarding-partners$/);
});
