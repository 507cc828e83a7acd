import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isOverdue } from '../../src/model/coming-into-force/feature.ts';
import type { ComingIntoForce } from '../../src/schemas/coming-into-force.ts';

const change = (expectedDate?: string) => ({ expectedDate } as ComingIntoForce);

test('a change expected on a day that has come is due to have started', () => {
  assert.equal(isOverdue(change('2026-09-30'), '2026-12-07'), true);
  assert.equal(isOverdue(change('2026-09-30'), '2026-09-30'), true);
});

test('a change expected later, or with no date, is still to come', () => {
  assert.equal(isOverdue(change('2027-10'), '2026-12-07'), false);
  assert.equal(isOverdue(change(undefined), '2026-12-07'), false);
});
