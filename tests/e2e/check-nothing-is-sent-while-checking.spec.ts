import { test, expect, type Request } from '@playwright/test';
import { SAMPLE, checkerStatus, docxOf, openChecker } from './check-helpers.ts';

test('checking pasted text makes no request at all', async ({ page }) => {
  await openChecker(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
  await page.getByLabel('Or paste the text of a procedure or policy').fill(SAMPLE);
  await page.getByRole('button', { name: 'Check the text' }).click();
  await expect(checkerStatus(page)).toContainText('10 findings');
  await page.getByRole('button', { name: 'Export as CSV' }).click();
  await page.waitForTimeout(300);
  expect(requests.filter((r) => !r.startsWith('GET blob:'))).toEqual([]);
});

test('opening a file fetches only the reader library from this site, and sends none of the document', async ({ page, baseURL }) => {
  await openChecker(page);
  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));
  await page.getByLabel('Open a file').setInputFiles({ name: 'procedure.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: await docxOf(SAMPLE) });
  await expect(checkerStatus(page)).toContainText('10 findings');
  const origin = new URL(baseURL!).origin;
  for (const r of requests) {
    const url = new URL(r.url());
    expect(`${r.method()} ${url.origin}`).toBe(`GET ${origin}`);
    expect(url.pathname).toMatch(/\/_astro\/[^/]+\.m?js$/);
    expect(url.search).toBe('');
    expect(r.postData()).toBeNull();
  }
  expect(requests.length).toBeGreaterThan(0);
});
