import { test, expect } from '@playwright/test';
import { wcagFindings } from './wcag.ts';
import { SAMPLE, findings, openChecker } from './check-helpers.ts';

for (const width of [320, 390]) {
  test(`the checker and its report have no accessibility violations and no sideways scrolling at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await openChecker(page);
    await page.getByLabel('Or paste the text of a procedure or policy').fill(SAMPLE);
    await page.getByRole('button', { name: 'Check the text' }).click();
    await expect(findings(page)).toHaveCount(10);
    expect(await wcagFindings(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}
