import { test, expect } from '@playwright/test';
import { choose, openTree, outcomeHeading } from './tree-helpers.ts';

test('the path lives in the address: reopening it shows the same answers and outcome, and Back steps through it', async ({ page, context }) => {
  await openTree(page, 'trees/serious-case-review/');
  await choose(page, 'The child has been seriously harmed');
  await choose(page, 'Yes, known or suspected');
  await choose(page, 'Yes');
  await expect(outcomeHeading(page)).toContainText('A serious case review must be held');
  const address = page.url();
  expect(new URL(address).hash).toBe('#tree=serious-case-review&edition=2015&what-happened=seriously-harmed&abuse-or-neglect=yes&working-together=yes');

  const shared = await context.newPage();
  await openTree(shared, address);
  await expect(outcomeHeading(shared)).toHaveText(await outcomeHeading(page).innerText());
  await expect(shared.getByRole('region', { name: 'Your answers so far' }).getByRole('listitem')).toHaveCount(3);

  await page.goBack();
  await expect(page.getByRole('heading', { name: /Is there cause for concern about how/ })).toBeVisible();
});
