import { test, expect, type Page } from '@playwright/test';
import { wcagFindings } from './wcag.ts';
import { openTree, pathAddress, TREES } from './tree-helpers.ts';

const audit = async (page: Page) => {
  expect(await wcagFindings(page)).toEqual([]);
};

test('the decision trees index has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.goto('trees/');
  await audit(page);
});

for (const t of TREES) {
  test(`the "${t.id}" tree page has no WCAG 2.2 AA violations at its first question, with its outline open`, async ({ page }) => {
    await openTree(page, t.path);
    await page.locator('[data-tree-outline] > summary').click();
    await audit(page);
  });

  test(`the "${t.id}" tree page has no WCAG 2.2 AA violations at an outcome, after an unanswered Continue`, async ({ page }) => {
    const ex = t.data.examples[0];
    await openTree(page, pathAddress(t.id, String(ex.edition), ex.answers));
    await audit(page);
    await page.getByRole('button', { name: 'Start again' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await audit(page);
  });
}
