import { test, expect } from '@playwright/test';
import { TREES } from './tree-helpers.ts';

test.use({ javaScriptEnabled: false });

for (const t of TREES) {
  test(`without JavaScript, every question, answer and outcome of "${t.id}" is on the page`, async ({ page }) => {
    await page.goto(t.path);
    const outline = page.locator('[data-tree-outline]');
    await expect(outline).toHaveAttribute('open', '');
    for (const v of t.data.variants) {
      for (const ed of v.editions) {
        const edition = outline.locator('section', { has: page.getByRole('heading', { name: new RegExp(`^Under Working Together ${ed}`) }) });
        await expect(edition).toBeVisible();
        for (const q of v.questions) {
          await expect(edition.getByText(q.text, { exact: true }).first()).toBeVisible();
          for (const a of q.answers) await expect(edition.getByText(`If your answer is “${a.label}”:`).first()).toBeVisible();
        }
        for (const o of v.outcomes) await expect(edition.getByText(`Outcome: ${o.title}`, { exact: true }).first()).toBeVisible();
      }
    }
    // The interactive widget is not offered without JavaScript.
    await expect(page.getByRole('button', { name: 'Continue' })).toHaveCount(0);
  });
}
