/**
 * Shared steps for the document checker tests: the sample procedure (made-up text of our own), the
 * .docx and .pdf made from it in the test itself, opening the checker and reading its findings.
 */
import { readFileSync } from 'node:fs';
import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import JSZip from 'jszip';

export const SAMPLE = readFileSync(new URL('../fixtures/checker/sample-procedure.txt', import.meta.url), 'utf8');

/** Opens /check/ and waits until the checker has loaded its data from the site. */
export async function openChecker(page: Page): Promise<void> {
  await page.goto('check/');
  await expect(page.getByRole('button', { name: 'Check the text' })).toBeVisible();
  await page.waitForLoadState('networkidle');
}

/** The finding whose heading quotes these words. */
export const finding = (page: Page, found: string | RegExp): Locator =>
  page.getByRole('list').getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: found }) });

export const findings = (page: Page): Locator => page.getByRole('region', { name: 'What the checker found' }).getByRole('heading', { level: 3 });

/** A minimal Word document: one paragraph per line of the text. */
export async function docxOf(text: string): Promise<Buffer> {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const paras = text.split('\n').map((l) => `<w:p><w:r><w:t xml:space="preserve">${esc(l)}</w:t></w:r></w:p>`).join('');
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paras}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** The text printed to PDF by Chromium, one paragraph per line. */
export async function pdfOf(browser: Browser, text: string): Promise<Buffer> {
  const page = await browser.newPage();
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  await page.setContent(`<!doctype html><html lang="en"><body style="font: 12pt sans-serif">${text.split('\n').map((l) => `<p>${esc(l)}</p>`).join('')}</body></html>`);
  const pdf = await page.pdf({ format: 'A4' });
  await page.close();
  return pdf;
}

/** The checker's own status line (the header's search has one too). */
export const checkerStatus = (page: Page): Locator => page.getByRole('main').getByRole('status');
