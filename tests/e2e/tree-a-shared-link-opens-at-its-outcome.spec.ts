import { test, expect } from '@playwright/test';
import { openTree, outcomeHeading, pathAddress } from './tree-helpers.ts';

test('opening a shared link to a finished path lands on its outcome, focused and in view', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 700 });
  await openTree(page, pathAddress('serious-case-review', '2015', { 'what-happened': 'seriously-harmed', 'abuse-or-neglect': 'yes', 'working-together': 'yes' }));
  await expect(outcomeHeading(page)).toBeFocused();
  await expect(outcomeHeading(page)).toBeInViewport();
});
