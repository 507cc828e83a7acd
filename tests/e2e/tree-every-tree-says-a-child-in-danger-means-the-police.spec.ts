import { test, expect } from '@playwright/test';
import { TREES } from './tree-helpers.ts';

for (const t of TREES) {
  test(`the "${t.id}" tree says first that a child in immediate danger means contacting the police`, async ({ page }) => {
    await page.goto(t.path);
    const notice = page.getByRole('complementary', { name: 'A child in immediate danger' });
    await expect(notice).toContainText('If a child is in immediate danger, contact the police now: call 999.');
    for (const ed of t.data.editions) await expect(notice.getByRole('listitem').filter({ hasText: `Working Together ${ed}:` })).toHaveCount(1);
    // It comes before the first question.
    const [noticeTop, questionTop] = await Promise.all([notice.boundingBox(), page.locator('.tree-question').boundingBox()]);
    expect(noticeTop!.y).toBeLessThan(questionTop!.y);
  });
}
