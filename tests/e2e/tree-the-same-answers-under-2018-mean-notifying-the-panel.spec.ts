import { test, expect } from '@playwright/test';
import { openTree, outcomeHeading, pathAddress } from './tree-helpers.ts';

test('switching a 2013 serious case review path to 2018 leads to notifying the Panel and a rapid review, with their time limits', async ({ page }) => {
  await openTree(page, pathAddress('serious-case-review', '2013', { 'what-happened': 'died', 'abuse-or-neglect': 'yes' }));
  // The outcome already says where the same answers lead under the other editions.
  await expect(page.getByRole('listitem').filter({ hasText: /^Working Together 2018: Notify the Panel within 5 working days/ })).toBeVisible();

  await page.getByRole('group', { name: 'Apply the guidance of' }).getByRole('button', { name: 'Working Together 2018' }).click();
  await expect(outcomeHeading(page)).toHaveText('Outcome under Working Together 2018 Notify the Panel within 5 working days; a rapid review follows within 15 working days');
  await expect(page.getByRole('region', { name: 'Your answers so far' }).getByRole('listitem')).toHaveCount(2);
  const cites = page.locator('.tree-outcome .tree-citations').first();
  await expect(cites.getByRole('listitem').filter({ hasText: 'Notifying the Panel of a serious incident' })).toContainText('Time limit: within 5 working days.');
  await expect(cites.getByRole('listitem').filter({ hasText: 'The rapid review.' })).toContainText('Time limit: within 15 working days.');
  await expect(cites.getByRole('link', { name: /Working Together 2018, Chapter 4/ }).first()).toHaveAttribute('href', /\/2018\/chapter-4\/#la-notify-panel$/);

  // The 2018 decision is its own tree; its link carries the answers there.
  await page.locator('.tree-editions').getByRole('link', { name: 'Is this a serious incident to notify, and what review follows?' }).click();
  await expect(page).toHaveURL(/\/trees\/serious-incident-notification\/#tree=serious-incident-notification&edition=2018&what-happened=died&abuse-or-neglect=yes$/);
  await expect(outcomeHeading(page)).toContainText('Notify the Panel within 5 working days');
});
