import { test, expect, type Page } from '@playwright/test';

// The states a reader reaches on chart pages (mid-walkthrough, presenter view, high visibility with a
// step chosen). Every chart, comparison and index page as it loads is checked, in both modes, by
// every-page-is-accessible.spec.ts.
import AxeBuilder from '@axe-core/playwright';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const CHART = 'flowcharts/2018/referral/';

async function violations(page: Page, within?: string) {
  const axe = new AxeBuilder({ page }).withTags(WCAG);
  const { violations } = await (within ? axe.include(within) : axe).analyze();
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target}`);
}

test('a chart page has no WCAG 2.2 AA violations, at rest and mid-walkthrough', async ({ page }) => {
  await page.goto(CHART);
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  expect(await violations(page)).toEqual([]);
});

test('presenter view has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.goto(`${CHART}#step-3`);
  await page.getByRole('button', { name: 'Presenter view' }).click();
  expect(await violations(page)).toEqual([]);
});

test('a chart in high-visibility mode has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.goto(CHART);
  await page.evaluate(() => document.documentElement.setAttribute('data-high-visibility', ''));
  await page.keyboard.press('ArrowRight');
  // The chart, its walkthrough and steps (the site header has its own checks).
  expect(await violations(page, 'main')).toEqual([]);
});
