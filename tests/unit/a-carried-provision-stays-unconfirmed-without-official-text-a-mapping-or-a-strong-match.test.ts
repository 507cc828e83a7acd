import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getProvision } from '../../src/model/queries.ts';
import { statusOf } from '../../src/model/confirmation/index.ts';
import { gardenSite } from './helpers/confirmation-fixture.ts';

const why = (s: ReturnType<typeof statusOf>) => (s.status === 'carried' ? s.why : s.status);

test('without official text every carried provision stays carried forward, not confirmed', () => {
  const { site, root } = gardenSite({ official: false });
  for (const id of ['watering-rota', 'tool-care', 'seed-fund', 'visiting-children'])
    assert.equal(why(statusOf(site, getProvision(site, '2013', id)!, root)), 'no-official-text', id);
});

test('a provision no official paragraph matches stays not confirmed', () => {
  const { site, root } = gardenSite();
  assert.equal(why(statusOf(site, getProvision(site, '2013', 'visiting-children')!, root)), 'not-mapped');
});

test('a proposed match below the confirm score decides nothing, even where the words are only reworded', () => {
  const { site, root } = gardenSite({ changes: { 1: 'Each month the committee draws up a rota of who waters which beds, at its Monday meeting.' } });
  assert.equal(why(statusOf(site, getProvision(site, '2013', 'watering-rota')!, root)), 'weak-match');
});

test('mappings that do not correspond through the alignment decide nothing', () => {
  // Reviewed: 2013 tool-care maps to paragraph 1, whose counterpart (5.82) is not what the 2010 summary maps to (5.83).
  const { site, root } = gardenSite({ reviewed: { 2013: { 'tool-care': ['1'] } } });
  assert.equal(why(statusOf(site, getProvision(site, '2013', 'tool-care')!, root)), 'mappings-disagree');
});
