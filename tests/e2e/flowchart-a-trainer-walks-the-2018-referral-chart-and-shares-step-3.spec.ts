import { test, expect } from '@playwright/test';
import { usePageClipboard } from './page-clipboard.ts';

test.beforeEach(async ({ page }) => usePageClipboard(page));

test.use({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1366, height: 768 } });

test('a trainer walks the 2018 referral chart step by step, presents it, and shares a link to step 3', async ({ page, context }) => {
  // Opens the 2018 referral flowchart from the list of charts.
  await page.goto('flowcharts/');
  await page.getByRole('region', { name: 'Working Together 2018' }).getByRole('link', { name: /^Flowchart 1: Action taken when a child is referred/ }).click();
  await expect(page).toHaveURL(/\/flowcharts\/2018\/referral\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Action taken when a child is referred to local authority children.s social care services$/);
  await expect(page.locator('svg.flowchart__svg')).toBeVisible();

  // Presses the right arrow through every step; each step's guidance shows beside the chart.
  const n = await page.locator('[data-walkthrough-item]').count();
  for (let i = 1; i <= n; i++) {
    if (i > 1) await page.keyboard.press('ArrowRight');
    const step = page.locator(`#step-${i}`);
    await expect(step).toHaveAttribute('aria-current', 'step');
    const guidance = step.locator('.step-provision__body').first();
    await expect(guidance).toBeVisible();
    await expect(guidance).not.toBeEmpty();
    const chart = (await page.locator('.flowchart').boundingBox())!;
    const panel = (await step.boundingBox())!;
    expect(panel.x, 'the guidance sits beside the chart').toBeGreaterThan(chart.x + chart.width - 1);
  }

  // Switches to presenter view.
  await page.getByRole('button', { name: 'Presenter view' }).click();
  await expect(page.locator('[data-walkthrough]')).toHaveAttribute('data-presenting', '');
  await page.keyboard.press('Escape');

  // Goes back to step 3 and shares its link; the link opens the chart at step 3.
  await page.goto(page.url().replace(/#.*$/, '') + '#step-3');
  await page.getByRole('button', { name: 'Copy link to this step' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/flowcharts\/2018\/referral\/#step-3$/);
  const colleague = await context.newPage();
  await colleague.goto(link);
  await expect(colleague.locator('[data-walkthrough-status]')).toHaveText(/^Step 3 of \d+: /);
  await expect(colleague.locator('#step-3 .step-provision__body').first()).toBeVisible();
});
