import { test, expect } from '@playwright/test';
import { TREES } from './tree-helpers.ts';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const t of TREES) {
    test(`the "${t.id}" outline lists the edition in force first (or, for older editions only, the newest), then newest to oldest`, async ({ page }) => {
      await page.goto(t.path);
      const headings = await page.locator('.tree-outline__edition > :is(h2, h3, h4, h5)').allTextContents();
      const years = headings.map((h) => /Working Together (\d{4})/.exec(h)![1]);
      const own = t.data.editions.map(String).sort();
      expect([...years].sort()).toEqual(own);
      if (own.includes('2026')) expect(headings[0]).toMatch(/2026 \(in force\)$/);
      else expect(years[0]).toBe(own.at(-1));
      expect(years.slice(1)).toEqual([...years.slice(1)].sort().reverse());
    });
  }
});

test('a tree of editions no longer in force says so before its first question, and links the tree for the edition in force', async ({ page }) => {
  await page.goto('trees/serious-case-review/');
  const note = page.locator('.tree-older');
  await expect(note).toContainText('This tree covers Working Together 2010, 2013 and 2015 only, which are no longer in force.');
  await expect(note).toContainText('The edition in force is Working Together 2026.');
  await expect(note.getByRole('link')).toHaveAttribute('href', /\/trees\/serious-incident-notification\/$/);
  const question = page.locator('.tree-question');
  await expect(question).toBeVisible();
  expect((await note.boundingBox())!.y).toBeLessThan((await question.boundingBox())!.y);
  // A screen reader user who skips straight to the question hears it too.
  await expect(question.getByRole('group')).toHaveAttribute('aria-describedby', /serious-case-review-older-only/);
  // A tree that covers the edition in force says nothing of the kind.
  await page.goto('trees/serious-incident-notification/');
  await expect(page.locator('.tree-older')).toHaveCount(0);
});
