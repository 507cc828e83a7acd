import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getEdition, provisionsOf } from '../../src/model/queries.ts';
import { countStatuses } from '../../src/model/confirmation/index.ts';
import { gardenSite } from './helpers/confirmation-fixture.ts';

test('an edition counts confirmed, to review and not confirmed among its carried-forward provisions', () => {
  const { site, root } = gardenSite({ reviewed: { 2010: { 'seed-fund': ['5.84'] }, 2013: { 'seed-fund': ['4'] } } });
  const c = countStatuses(site, provisionsOf(getEdition(site, '2013')!), root);
  assert.deepEqual({ total: c.total, carriedForward: c.carriedForward, confirmed: c.confirmed, review: c.review, carried: c.carried, onProposals: c.onProposals },
    { total: 4, carriedForward: 4, confirmed: 2, review: 1, carried: 1, onProposals: 2 });
});

test('without official text they are all carried forward, not confirmed', () => {
  const { site, root } = gardenSite({ official: false });
  const c = countStatuses(site, provisionsOf(getEdition(site, '2013')!), root);
  assert.deepEqual([c.carriedForward, c.carried, c.confirmed, c.review], [4, 4, 0, 0]);
  assert.equal(countStatuses(site, provisionsOf(getEdition(site, '2010')!), root).first, 4);
});
