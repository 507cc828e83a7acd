import { test, expect } from '@playwright/test';
import { SAMPLE, checkerStatus, docxOf, finding, findings, openChecker } from './check-helpers.ts';

test('opening a .docx file reads its text in the browser and checks it', async ({ page }) => {
  await openChecker(page);
  const buffer = await docxOf(SAMPLE);
  await page.getByLabel('Open a file').setInputFiles({ name: 'procedure.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer });
  await expect(checkerStatus(page)).toContainText('Checked procedure.docx (a Word document): 10 findings.');
  await expect(findings(page)).toHaveCount(10);
  await expect(finding(page, '“paras 5.38-5.40 of Working Together 2010”')).toContainText('Initial assessment');
});
