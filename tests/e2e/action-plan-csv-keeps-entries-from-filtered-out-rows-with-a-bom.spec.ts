import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** Splits one CSV line into cells (quoted cells may hold commas and doubled quotes). */
function cells(line: string): string[] {
  return [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => m[1].replace(/^"|"$/g, '').replace(/""/g, '"'));
}

test('the CSV has a byte-order mark, a column per fact, and an entry typed in a row the filters now hide', async ({ page }) => {
  await page.goto('compare/2018/2023/action-plan/');
  const newRow = page.locator('tr[data-row][data-kind="new"]').first();
  const title = (await newRow.locator('th a').innerText()).trim();
  await newRow.getByRole('textbox', { name: /^Lead for/ }).fill('Head of service, “safeguarding”');
  await page.getByRole('checkbox', { name: 'New', exact: true }).uncheck();
  await expect(newRow).toBeHidden();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as CSV' }).click();
  const bytes = readFileSync(await (await download).path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
  expect(cells(lines[0])).toEqual(['Change type', 'Chapter', 'Provision', 'Link', 'What changed', 'Action', 'Lead', 'By when', 'Comments / progress']);
  const row = lines.map(cells).find((c) => c[2] === title)!;
  expect(row, 'the filtered-out row with an entry is exported').toBeTruthy();
  expect(row[0]).toBe('New');
  expect(row[3]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/.+#/);
  expect(row[6]).toBe('Head of service, “safeguarding”');
  // A changed row carries its type and what changed, with "→" intact.
  const changed = lines.map(cells).find((c) => c[0].startsWith('Changed: who holds the duty'))!;
  expect(changed[4]).toContain('→');
  await expect(page.getByRole('status').filter({ hasText: 'hidden by the filters that have entries' })).toContainText(/and 1 hidden by the filters that have entries\. Left out: \d+ rows/);
});
