import { test, expect } from '@playwright/test';
import { choose, openTree, pathAddress } from './tree-helpers.ts';

test('changing an earlier answer asks that question again, with the old answer chosen, and drops the answers after it', async ({ page }) => {
  await openTree(page, pathAddress('serious-case-review', '2010', { 'what-happened': 'died', 'abuse-or-neglect': 'no', 'in-custody': 'no' }));
  const path = page.getByRole('region', { name: 'Your answers so far' });
  await expect(path.getByRole('listitem')).toHaveCount(3);
  await path.getByRole('button', { name: 'Change your answer to “What has happened to the child?”' }).click();
  await expect(page.getByRole('heading', { name: /What has happened to the child\?/ })).toBeFocused();
  await expect(path).toBeHidden();
  await expect(page.getByRole('radio', { name: 'The child has died' })).toBeChecked();
  await choose(page, 'The child has been seriously harmed');
  await expect(page.getByRole('region', { name: 'Your answers so far' }).getByRole('listitem')).toHaveCount(1);
  expect(new URL(page.url()).hash).toBe('#tree=serious-case-review&edition=2010&what-happened=seriously-harmed');
});
