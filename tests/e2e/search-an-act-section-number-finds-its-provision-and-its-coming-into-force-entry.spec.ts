import { test, expect as baseExpect } from '@playwright/test';
import { options, typeSearch } from './search-helpers.ts';

// Search loads Pagefind on first use; on a busy machine the first results can take a while.
const expect = baseExpect.configure({ timeout: 20_000 });

test('"section 16E" finds the provision that cites it and the change in law coming into force', async ({ page }) => {
  await page.goto('search/?q=section+16E');
  const results = page.locator('[data-search-list]');
  await expect(results.getByRole('link', { name: 'Coming change in the law: education and childcare agencies join the arrangements' })).toBeVisible();
  const coming = results.getByRole('link', { name: 'Childcare and education agencies become required members of local safeguarding arrangements' });
  await expect(coming).toBeVisible();
  await expect(coming).toHaveAttribute('href', /\/2026\/#coming-designated-childcare-education-agencies$/);
  // Section 16EA is another section: matching 16E must not find it.
  await expect(results.getByRole('link', { name: 'Multi-agency child protection teams in the 2026 Act' })).toHaveCount(0);
});

test('an abbreviated section in the header box ("s.16LC") finds the change that creates it', async ({ page }) => {
  await page.goto('');
  await typeSearch(page, 's.16LC');
  await expect(options(page).first()).toContainText('A consistent identifier for every child');
});
