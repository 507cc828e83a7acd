import { test, expect } from '@playwright/test';

test('the 2010 and 2013 referral charts side by side mark the steps 2013 removed and added, in words and on the charts', async ({ page }) => {
  await page.goto('flowcharts/compare/referral/2010-2013/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('2010 and 2013 compared');
  const removed = page.getByRole('row').filter({ hasText: 'Not in 2013' });
  await expect(removed.filter({ hasText: 'confirmed in writing' })).toHaveCount(1);
  await expect(removed.filter({ hasText: 'Initial assessment' })).toHaveCount(1);
  await expect(page.getByRole('row').filter({ hasText: 'Added in 2013' }).filter({ hasText: 'Assessment under the Children Act 1989' })).toHaveCount(1);
  const charts = page.locator('svg.flowchart__svg');
  await expect(charts).toHaveCount(2);
  await expect(charts.nth(0).locator('[data-node="confirm"]')).toHaveAttribute('data-change', 'removed');
  await expect(charts.nth(1).locator('[data-node="assessment"]')).toHaveAttribute('data-change', 'added');
  // Each step in the table links to that step of its own chart.
  await removed.first().getByRole('link').click();
  await expect(page).toHaveURL(/\/flowcharts\/2010\/referral\/#step-\d+$/);
});

test('the 2015 and 2018 referral charts line up step for step', async ({ page }) => {
  await page.goto('flowcharts/compare/referral/2015-2018/');
  const rows = page.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThan(5);
  for (const row of await rows.all()) await expect(row.locator('td').nth(0).getByRole('link')).toHaveCount(1);
});
