import { test, expect } from '@playwright/test';

test('2018 to 2023: ICBs replacing CCGs is found under “Who holds the duty”, each type is explained, and counts follow the filters', async ({ page }) => {
  await page.goto('compare/2018/2023/');
  await page.getByText('What each type means', { exact: true }).click();
  for (const label of ['Other change of substance', 'Our summary reworded', 'Split or merged']) await expect(page.locator('dt', { hasText: label })).toBeVisible();
  await expect(page.getByText(/it is our own summary that was reworded/)).toBeVisible();

  const chapter = page.locator('section.compare-chapter').filter({ has: page.getByRole('heading', { level: 2, name: /^2023 Chapter 2/ }) });
  const chapterCounts = chapter.locator('[data-compare-counts]');
  const before = await chapterCounts.innerText();
  await page.getByRole('checkbox', { name: 'Who holds the duty' }).check();
  const spDefinition = page.locator('li[data-kind]:visible').filter({ hasText: 'Integrated care boards' }).filter({ hasText: 'Clinical commissioning groups' });
  expect(await spDefinition.count()).toBeGreaterThanOrEqual(3);
  const after = await chapterCounts.innerText();
  expect(after).not.toBe(before);
  const shownInChapter = await chapter.locator('li[data-kind]:visible').count();
  const counted = (after.match(/\d+/g) ?? []).map(Number).reduce((a, b) => a + b, 0);
  expect(counted).toBe(shownInChapter);

  // No changed item is typed wording only.
  await page.getByRole('checkbox', { name: 'Who holds the duty' }).uncheck();
  await page.getByRole('group', { name: 'Type of change' }).getByRole('checkbox', { name: 'Our summary reworded' }).check();
  expect(await page.locator('li[data-kind="changed"]:visible').count()).toBe(0);
});

test('a filter with no results offers “Clear filters”, which brings the changes back', async ({ page }) => {
  await page.goto('compare/2023/2026/');
  await page.getByRole('checkbox', { name: 'Timescale' }).check();
  await page.getByRole('checkbox', { name: 'Child death review' }).check();
  await page.getByRole('checkbox', { name: 'New', exact: true }).uncheck();
  await page.getByRole('checkbox', { name: 'Changed', exact: true }).uncheck();
  const show = page.getByRole('group', { name: 'Show' });
  await show.getByRole('checkbox', { name: 'Carried forward, not confirmed', exact: true }).uncheck();
  await expect(page.getByRole('status').filter({ hasText: /Showing 0 of/ })).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Showing [1-9]\d* of/ })).toBeVisible();
  await expect(show.getByRole('checkbox', { name: 'Carried forward, not confirmed', exact: true })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Clear filters' })).toBeHidden();
});
