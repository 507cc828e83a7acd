import { test, expect } from '@playwright/test';
import { choose, openTree, outcomeHeading } from './tree-helpers.ts';

test('under 2013, a child who died where abuse was suspected leads to a required serious case review citing its paragraph', async ({ page }) => {
  await openTree(page, 'trees/serious-case-review/');
  await page.getByRole('group', { name: 'Apply the guidance of' }).getByRole('button', { name: 'Working Together 2013' }).click();
  await choose(page, 'The child has died');
  await choose(page, 'Yes, known or suspected');
  await expect(outcomeHeading(page)).toHaveText('Outcome under Working Together 2013 A serious case review must be held');
  const citation = page.locator('.tree-outcome .tree-citations').first().getByRole('link').first();
  await expect(citation).toHaveText('Working Together 2013, Chapter 4, ‘Serious Case Reviews’');
  await expect(citation).toHaveAttribute('href', /\/2013\/chapter-4\/#scr-criteria-must$/);
  await expect(page.locator('.tree-citations__item').first()).toContainText('When a serious case review must be held');
});
