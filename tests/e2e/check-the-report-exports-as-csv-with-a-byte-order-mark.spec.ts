import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { SAMPLE, openChecker } from './check-helpers.ts';

test('the report exports as a UTF-8 CSV file with a byte-order mark, one row per finding', async ({ page }) => {
  await openChecker(page);
  await page.getByLabel('Or paste the text of a procedure or policy').fill(SAMPLE);
  await page.getByRole('button', { name: 'Check the text' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as CSV' }).click();
  const bytes = readFileSync(await (await download).path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
  expect(rows[0]).toBe('Found,Kind,Lines,Points to,Status,Confirmed in the edition in force,What became of it,In the edition in force,It may mean (cited edition),Suggested update,Links');
  expect(rows).toHaveLength(11);
  const lscb = rows.find((r) => r.startsWith('LSCB'))!;
  expect(lscb).toContain('Outdated term,5 6,');
  expect(lscb).toContain('Renamed or replaced');
  expect(lscb).toContain('Write “safeguarding partners” instead of “LSCB\'s”');
  expect(lscb).toMatch(/http:\/\/127\.0\.0\.1:\d+\/[^ ]*terms\/#term-safeguarding-partners/);
  expect(rows.find((r) => r.startsWith('WT2023 para 48'))).toContain('No: carried forward, not confirmed');
});
