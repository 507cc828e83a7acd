import { test, expect, type Page } from '@playwright/test';

// The states a reader reaches on chart pages (mid-walkthrough, presenter view, high visibility with a
// step chosen). Every chart, comparison and index page as it loads is checked, in both modes, by
// every-page-is-accessible.spec.ts.
import { wcagFindings } from './wcag.ts';

const CHART = 'flowcharts/2018/referral/';

const violations = (page: Page, within?: string) => wcagFindings(page, { include: within ? [within] : [] });

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
