import { test, expect } from '@playwright/test';

// The sessions list writes "For practitioners ..." in sentence case, but an acronym keeps its capitals.
test('the sessions list says "For LSCB members", not "For lSCB members"', async ({ page }) => {
  await page.goto('sessions/');
  const main = page.getByRole('main');
  await expect(main).toContainText('For LSCB members');
  await expect(main).not.toContainText('lSCB');
  await expect(main).toContainText('For practitioners');
});
