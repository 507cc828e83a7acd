import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
for (const path of ['compare/', 'compare/2015/2018/', 'compare/2023/2026/', 'compare/2018/2023/action-plan/', 'history/2010/icpc-timing/', 'history/2015/allegations-scope/', 'terms/', '2018/key-changes/', '2010/glossary/']) {
  test(`${path} has no WCAG 2.2 AA violations`, async ({ page }) => {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([]);
  });
}
