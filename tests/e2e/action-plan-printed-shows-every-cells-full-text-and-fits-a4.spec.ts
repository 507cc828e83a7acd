import { test, expect } from '@playwright/test';

// A4 landscape less the 12 mm margins the print styles set: 273 mm at 96 px to the inch.
const A4_LANDSCAPE_PX = Math.floor((273 / 25.4) * 96);
const long = ['Brief the partnership board on the change of health partner.', 'Update the local procedures and the website.',
  'Write to every GP practice and the ICB designated nurse.', 'Check the threshold document names the ICB.', 'Report back at the March meeting.'].join('\n');

test('printed with print media, the action plan shows every cell’s full text, fits A4 landscape and counts the rows shown', async ({ page }) => {
  await page.goto('compare/2018/2023/action-plan/');
  const box = page.getByRole('textbox', { name: /^Action for/ }).first();
  await box.fill(long);
  await page.getByRole('textbox', { name: /^Comments \/ progress|^Progress on/ }).first().fill('Started');
  // The box grows with its text: all five lines are visible on screen without scrolling inside it.
  expect(await box.evaluate((t) => t.scrollHeight <= t.clientHeight + 2)).toBe(true);

  await page.getByRole('checkbox', { name: 'New', exact: true }).uncheck();
  const caption = page.locator('caption');
  await expect(caption).toContainText(/\d+ of \d+ rows shown/);
  const shownRows = await page.locator('tr[data-row]:visible').count();
  await expect(caption).toContainText(`${shownRows} of`);

  await page.setViewportSize({ width: A4_LANDSCAPE_PX, height: 800 });
  await page.emulateMedia({ media: 'print' });
  const firstRow = page.locator('tr[data-row]').first();
  await expect(firstRow.locator('textarea').first()).toBeHidden();
  const printed = firstRow.locator('.action-plan__printed').first();
  await expect(printed).toBeVisible();
  expect(await printed.innerText()).toBe(long);
  // Nothing is cut off: the printed text is not clipped and the table is no wider than the page.
  expect(await printed.evaluate((el) => el.scrollHeight <= el.clientHeight + 2)).toBe(true);
  const table = await page.locator('.action-plan__table').evaluate((t) => ({ right: t.getBoundingClientRect().right, scroll: t.scrollWidth }));
  expect(table.right).toBeLessThanOrEqual(A4_LANDSCAPE_PX);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(A4_LANDSCAPE_PX);
  for (const header of ['Change', 'Action', 'Lead', 'By when', 'Comments / progress'])
    await expect(page.getByRole('columnheader', { name: header, exact: true })).toBeVisible();
});
