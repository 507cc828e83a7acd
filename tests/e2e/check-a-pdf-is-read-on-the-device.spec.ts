import { test, expect } from '@playwright/test';
import { SAMPLE, checkerStatus, finding, findings, openChecker, pdfOf } from './check-helpers.ts';

test('opening a .pdf file reads its text with PDF.js from this site and checks it', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const buffer = await pdfOf(browser, SAMPLE);
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await openChecker(page);
  await page.getByLabel('Open a file').setInputFiles({ name: 'procedure.pdf', mimeType: 'application/pdf', buffer });
  await expect(checkerStatus(page)).toContainText(/Checked procedure\.pdf \(a PDF of 1 page\): \d+ findings\./, { timeout: 30_000 });
  await expect(finding(page, '“WT2010 8.9”')).toBeVisible();
  await expect(finding(page, '“WT2023 para 48”')).toBeVisible();
  await expect(finding(page, /LSCB/)).toBeVisible();
  await expect(findings(page)).toHaveCount(10);
  // The worker ran under the Content-Security-Policy: no violation, no fallback to a fake worker.
  expect(errors.filter((e) => /Content Security Policy|fake worker/i.test(e))).toEqual([]);
});
