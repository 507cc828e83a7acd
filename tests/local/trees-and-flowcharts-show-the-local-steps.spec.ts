import { test, expect } from '@playwright/test';

test('a decision tree\'s outcome says whom to contact in the reader\'s area', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('wtn-local-area', 'north'));
  await page.goto('trees/refer-to-childrens-social-care/#tree=refer-to-childrens-social-care&edition=2026&immediate-danger=no&significant-harm=yes');
  const outcome = page.locator('.tree-outcome');
  await expect(outcome.getByRole('heading').first()).toContainText('Refer to local authority children');
  await expect(outcome.locator('[data-local-note="tree-refer-now--north"]').first()).toContainText('Contact the Front Door on 01632 960101; outside its hours call the Emergency Duty Team on 01632 960199.');
  await expect(outcome.locator('[data-local-note="tree-refer-now--south"]').first()).toBeHidden();
  // The printed decision record carries it too.
  await expect(page.getByLabel('Decision record (for printing)').locator('[data-local-note="tree-refer-now--north"]')).toHaveCount(1);
  // The tree page lists the area's contacts beside the questions.
  await expect(page.locator('[data-local-contacts] [data-area="north"]')).toContainText("North Exampleshire Children's Front Door");
});

test('a flowchart step says what it is in our area, in the steps and in the walkthrough\'s guidance', async ({ page }) => {
  await page.goto('flowcharts/2026/referral/');
  const step = page.locator('.flowchart-step[data-node="refer"]');
  await expect(step.locator('[data-local-note="referral-step-front-door--north"]')).toContainText("In our area this step is the Front Door: North Exampleshire Children's Front Door, 01632 960101");
  await expect(page.locator('.flowchart-step[data-node="strategy"] [data-local-note="strategy-step-convened"]')).toContainText('Front Door team manager convenes the strategy discussion');
  await expect(page.locator('.flowchart-step[data-node="follow-up"] [data-local-review]')).toContainText('The guidance changed here: local note to review.');
});
