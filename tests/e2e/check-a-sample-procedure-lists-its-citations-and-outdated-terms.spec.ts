import { test, expect } from '@playwright/test';
import { SAMPLE, finding, findings, openChecker } from './check-helpers.ts';

test('a pasted procedure gets every citation, outdated term and old edition, with what became of each', async ({ page }) => {
  await openChecker(page);
  await page.getByLabel('Or paste the text of a procedure or policy').fill(SAMPLE);
  await page.getByRole('button', { name: 'Check the text' }).click();
  await expect(page.getByRole('heading', { name: 'What the checker found' })).toBeFocused();

  await expect(findings(page)).toHaveText([
    '“Working Together to Safeguard Children (HM Government, 2015)”',
    '“LSCB\'s · LSCB”',
    '“serious case review”',
    '“WT2010 8.9”',
    '“Working Together 2018, chapter 4, paragraph 23”',
    '“initial assessment · core assessment”',
    '“paras 5.38-5.40 of Working Together 2010”',
    '“IMR”',
    '“CCG”',
    '“WT2023 para 48”',
  ]);

  const edition = finding(page, /HM Government, 2015/);
  await expect(edition).toContainText('Edition no longer in force');
  await expect(edition.getByRole('link', { name: /^Working Together 2026/ })).toHaveAttribute('href', /\/2026\/$/);

  const lscb = finding(page, /LSCB/);
  await expect(lscb).toContainText('Renamed or replaced');
  await expect(lscb).toContainText('lines 5, 6');
  await expect(lscb.getByRole('link', { name: 'safeguarding partners' })).toBeVisible();
  await expect(lscb).toContainText('Write “safeguarding partners” instead of “LSCB\'s”');

  await expect(finding(page, '“IMR”')).toContainText('Removed');

  // A successor the crosswalk does not confirm for 2026 is never presented as confirmed; one it does is.
  await expect(finding(page, '“initial assessment · core assessment”')).toContainText('Carried forward, not confirmed');
  await expect(finding(page, '“CCG”')).not.toContainText('Carried forward, not confirmed');

  const old = finding(page, '“WT2010 8.9”');
  await expect(old.getByRole('link', { name: /^Working Together 2010, para 8\.9/ })).toHaveAttribute('href', /\/2010\/chapter-8\/#/);
  await expect(old.getByRole('link', { name: /^Working Together 2026, Chapter 5/ }).first()).toBeVisible();
  await expect(old).toContainText(/Cite Working Together 2026/);

  const recent = finding(page, '“WT2023 para 48”');
  await expect(recent).toContainText('Carried forward, not confirmed');
  await expect(recent.getByRole('link', { name: /^Working Together 2026, Chapter 2/ })).toHaveAttribute('href', /\/2026\/chapter-2\/#/);

  await expect(finding(page, /chapter 4, paragraph 23/)).toContainText('Not found');
  await expect(page.getByText(/Found 4 citations, 5 outdated terms, 1 reference to an edition no longer in force/)).toBeVisible();
});
