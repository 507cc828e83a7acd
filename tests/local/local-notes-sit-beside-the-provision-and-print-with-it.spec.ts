import { test, expect } from '@playwright/test';

test('a local note sits inside its provision, labelled local, dated, and flagged where the guidance changed', async ({ page }) => {
  await page.goto('2026/chapter-3/');
  const provision = page.locator('article#referral-who');
  const note = provision.getByRole('note', { name: /Local to Exampleshire Safeguarding Children Partnership: North Exampleshire/ });
  await expect(note).toContainText('Local to Exampleshire Safeguarding Children Partnership (a made-up example) · North Exampleshire · written 2 June 2025');
  await expect(note).toContainText('The guidance changed here: local note to review. Working Together 2026: carried forward, not confirmed. The note was written against Working Together 2023.');
  await expect(note).toContainText("North Exampleshire Children's Front Door, 01632 960101");
  await expect(note.getByRole('link', { name: '01632 960101' })).toHaveAttribute('href', 'tel:01632960101');
  // A note on a provision that did not change since it was written is shown without the flag.
  await expect(page.locator('article#threshold-document').getByRole('note')).not.toContainText('local note to review');
});

test('printed, the note prints with its provision and says it is local; the area bar does not print', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('2026/chapter-3/');
  await expect(page.locator('article#threshold-document [data-local-note]')).toBeVisible();
  await expect(page.locator('article#threshold-document [data-local-note]')).toContainText('Local to Exampleshire Safeguarding Children Partnership');
  await expect(page.locator('.local-bar')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});
