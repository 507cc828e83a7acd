import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { SAMPLE, findings, openChecker } from './check-helpers.ts';

for (const width of [320, 390]) {
  test(`the checker and its report have no accessibility violations and no sideways scrolling at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await openChecker(page);
    await page.getByLabel('Or paste the text of a procedure or policy').fill(SAMPLE);
    await page.getByRole('button', { name: 'Check the text' }).click();
    await expect(findings(page)).toHaveCount(10);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}
