import { test, expect } from '@playwright/test';
import { choose, openTree, outcomeHeading } from './tree-helpers.ts';

test('Back returns to the previous question and Start again clears every answer', async ({ page }) => {
  await openTree(page, 'trees/refer-to-childrens-social-care/');
  await choose(page, 'No');
  await choose(page, 'Yes');
  await expect(outcomeHeading(page)).toContainText("Refer to local authority children's social care now");
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { name: /significant harm\?/ })).toBeFocused();
  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(page.getByRole('heading', { name: /Question 1 Is the child in immediate danger/ })).toBeFocused();
  await expect(page.getByRole('region', { name: 'Your answers so far' })).toBeHidden();
});
