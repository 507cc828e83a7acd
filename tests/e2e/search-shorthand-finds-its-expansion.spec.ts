import { test, expect as baseExpect } from '@playwright/test';

// Search loads Pagefind on first use; on a busy machine the first results can take a while.
const expect = baseExpect.configure({ timeout: 20_000 });
import { options, typeSearch } from './search-helpers.ts';

// Shorthand practitioners type, and an edition where the header search must find something for it.
const CASES: [string, string][] = [
  ['MASH', '2026'], ['ICPC', '2026'], ['RCPC', '2026'], ['s47', '2026'], ['s.47', '2023'], ['s17', '2018'],
  ['CIN', '2026'], ['CP plan', '2026'], ['DSL', '2026'], ['LADO', '2026'], ['LADO', '2023'],
  ['CSPR', '2026'], ['CDOP', '2026'], ['SCR', '2015'], ['EHA', '2018'],
];

for (const [typed, edition] of CASES) {
  test(`"${typed}" finds a provision of ${edition} in the header search`, async ({ page }) => {
    await page.goto('');
    // The edition in force is offered as "In force only (2026)".
    await typeSearch(page, typed, edition === '2026' ? 'in-force' : edition);
    await expect(options(page).first()).toBeVisible();
    await expect(options(page).first()).toContainText(`Working Together ${edition}`);
  });
}

test('"ICPC" finds the initial child protection conference on the search page', async ({ page }) => {
  await page.goto('search/?q=ICPC&edition=in-force');
  const results = page.getByRole('main').getByRole('listitem');
  await expect(results.first()).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: /initial (child protection )?conference/i }).first()).toBeVisible();
});
