import { test, expect } from '@playwright/test';
import { openTree } from './tree-helpers.ts';

test('continuing without choosing an answer shows an error tied to the question', async ({ page }) => {
  await openTree(page, 'trees/refer-to-childrens-social-care/');
  await page.getByRole('button', { name: 'Continue' }).click();
  const group = page.getByRole('group', { name: /Is the child in immediate danger/ });
  await expect(group).toHaveAccessibleDescription(/Choose an answer to continue/);
  await page.getByRole('radio', { name: 'No', exact: true }).check();
  await expect(page.getByText('Choose an answer to continue.')).toBeHidden();
});
