import { test, expect } from '@playwright/test';
import { SAMPLE, checkerStatus, finding, findings, openChecker } from './check-helpers.ts';

test('opening a .txt file checks its text', async ({ page }) => {
  await openChecker(page);
  await page.getByLabel('Open a file').setInputFiles({ name: 'procedure.txt', mimeType: 'text/plain', buffer: Buffer.from(SAMPLE, 'utf8') });
  await expect(checkerStatus(page)).toContainText('Checked procedure.txt (a text file): 10 findings.');
  await expect(findings(page)).toHaveCount(10);
  await expect(finding(page, '“WT2010 8.9”')).toBeVisible();
  await expect(page.getByLabel('Or paste the text of a procedure or policy')).toHaveValue(SAMPLE);
});
