import { test, expect } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { SAMPLE, findings, openChecker } from './check-helpers.ts';

// A long report: the sample procedure and more citations, so the print runs to several pages.
const LONG = [SAMPLE, 'Reviews follow Working Together 2015, chapter 4, and Working Together 2010 Chapter 8 (serious case reviews).',
  'The local authority will notify Ofsted of a serious incident. Advice comes from the National Panel of Independent Experts.',
  'Practitioners complete a CAF. See Working Together 2023 Ch 2 — Managing allegations, and WT2023 175.'].join('\n\n');

test('the printed report fills each A4 page before starting the next, with nothing cut off the side', async ({ page }) => {
  await openChecker(page);
  await page.getByLabel('Or paste the text of a procedure or policy').fill(LONG);
  await page.getByRole('button', { name: 'Check the text' }).click();
  await expect(findings(page).first()).toBeVisible();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
  const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
  expect(doc.numPages).toBeGreaterThan(1);
  for (let n = 1; n <= doc.numPages; n++) {
    const p = await doc.getPage(n);
    const [, , width, height] = p.view;
    expect(Math.round(width)).toBe(595); // A4 portrait, in points
    const items = (await p.getTextContent()).items as { str: string; transform: number[]; width: number }[];
    const text = items.filter((i) => i.str.trim());
    for (const i of text) expect(i.transform[4] + i.width).toBeLessThanOrEqual(width);
    if (n < doc.numPages) {
      // Text reaches the lower part of every page but the last: no page is left half empty.
      const lowest = Math.min(...text.map((i) => i.transform[5]));
      expect(lowest, `page ${n} of ${doc.numPages} stops ${Math.round(lowest)} pt above its foot`).toBeLessThan(height * 0.3);
    }
  }
});
