import { test, expect } from '@playwright/test';
import { openTree, outcomeHeading, pathAddress, TREES } from './tree-helpers.ts';

// The worked examples kept in each tree file, opened in the browser from their address.
for (const t of TREES) {
  for (const ex of t.data.examples) {
    test(`${t.id}: ${ex.name}`, async ({ page }) => {
      const edition = String(ex.edition);
      await openTree(page, pathAddress(t.id, edition, ex.answers));
      const variant = t.data.variants.find((v) => v.editions.map(String).includes(edition))!;
      const outcome = variant.outcomes.find((o) => o.id === ex.outcome)!;
      await expect(outcomeHeading(page)).toHaveText(`Outcome under Working Together ${edition} ${outcome.title}`);
      await expect(page.locator('.tree-outcome .tree-citations').first().getByRole('link').first()).toBeVisible();
    });
  }
}
