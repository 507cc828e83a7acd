import { test, expect } from '@playwright/test';

for (const width of [320, 390]) {
  test(`at ${width} px the action plan fits the screen, each change a card with labelled boxes`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('compare/2018/2023/action-plan/');
    await expect(page.getByRole('textbox', { name: /^Action for/ }).first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const row = page.locator('tr[data-row]').first();
    const box = await row.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(width);
    // The visible labels stand in for the column headers on a card.
    for (const label of ['Action', 'Lead', 'By when', 'Comments / progress']) await expect(row.getByText(label, { exact: true })).toBeVisible();
  });
}
