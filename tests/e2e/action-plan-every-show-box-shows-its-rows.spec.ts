import { test, expect, type Page } from '@playwright/test';

const KINDS = [['new', 'New'], ['changed', 'Changed'], ['reworded', 'Our summary reworded (same substance)'], ['moved', 'Moved'],
  ['unconfirmed', 'Carried forward, not confirmed'], ['unchanged', 'Unchanged'], ['removed', 'Removed']] as const;

async function showOnly(page: Page, label: string) {
  const show = page.getByRole('group', { name: 'Show' });
  for (const [, l] of KINDS) await show.getByRole('checkbox', { name: l, exact: true }).setChecked(l === label);
}

for (const pair of ['2018/2023', '2023/2026']) {
  test(`${pair}: each Show box shows the plan's rows of its kind, and only those`, async ({ page }) => {
    await page.goto(`compare/${pair}/action-plan/`);
    await expect(page.getByRole('textbox', { name: /^Action for/ }).first()).toBeVisible();
    let kindsWithRows = 0;
    for (const [kind, label] of KINDS) {
      await showOnly(page, label);
      const all = await page.locator(`tr[data-row][data-kind="${kind}"]`).count();
      await expect(page.locator('tr[data-row]:visible')).toHaveCount(all);
      await expect(page.locator(`tr[data-row][data-kind="${kind}"]:visible`)).toHaveCount(all);
      if (all) kindsWithRows++;
    }
    expect(kindsWithRows).toBeGreaterThanOrEqual(4);
  });
}

test('2023 to 2026: a manager can plan the review of the provisions carried forward unconfirmed', async ({ page }) => {
  await page.goto('compare/2023/2026/action-plan/');
  await showOnly(page, 'Carried forward, not confirmed');
  const rows = page.locator('tr[data-row]:visible');
  expect(await rows.count()).toBeGreaterThan(100);
  await expect(page.locator('caption')).toContainText(/\d+ of \d+ rows shown/);
  const first = rows.first();
  await expect(first.locator('th')).toContainText('Carried forward, not confirmed');
  await first.getByRole('textbox', { name: /^Action for/ }).fill('Check against the 2026 text');
  await expect(first.getByRole('textbox', { name: /^Action for/ })).toHaveValue('Check against the 2026 text');
});
