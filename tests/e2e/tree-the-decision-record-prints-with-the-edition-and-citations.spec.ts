import { test, expect } from '@playwright/test';
import { openTree, pathAddress } from './tree-helpers.ts';

test('the decision record prints alone, with the date, edition, answers, outcome and cited paragraphs', async ({ page }) => {
  await openTree(page, pathAddress('serious-case-review', '2013', { 'what-happened': 'died', 'abuse-or-neglect': 'yes' }));
  const record = page.locator('.decision-record');
  await expect(record).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(record).toBeVisible();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.tree-question, .tree-outcome > .tree-actions')).toBeHidden();
  const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  await expect(record.getByRole('definition').filter({ hasText: today })).toBeVisible();
  await expect(record.getByRole('definition').filter({ hasText: 'Working Together 2013 (superseded)' })).toBeVisible();
  await expect(record.getByRole('row', { name: /What has happened to the child\? The child has died/ })).toBeVisible();
  await expect(record.getByRole('heading', { name: 'Outcome: A serious case review must be held' })).toBeVisible();
  await expect(record.getByText('Working Together 2013, Chapter 4, ‘Serious Case Reviews’', { exact: false }).first()).toBeVisible();
  await expect(record.getByText('Time limit: within 6 months.')).toBeVisible();
  await expect(record.getByText(/http:\/\/127\.0\.0\.1:\d+\/(.*\/)?2013\/chapter-4\/#scr-criteria-must/)).toBeVisible();
});
