import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getProvision } from '../../src/model/queries.ts';
import { officialParagraphsFor } from '../../src/model/confirmation/index.ts';
import { gardenSite } from './helpers/confirmation-fixture.ts';

test('a reviewed entry in provisions-<edition>.yaml replaces the proposal, however strong the proposal', () => {
  const proposed = gardenSite();
  const p = (site: typeof proposed.site) => getProvision(site, '2013', 'tool-care')!;
  assert.deepEqual(officialParagraphsFor(proposed.site, p(proposed.site), proposed.root)?.paragraphs.map((x) => x.number), ['2']);
  const reviewed = gardenSite({ reviewed: { 2013: { 'tool-care': ['2', '3'] } } });
  const m = officialParagraphsFor(reviewed.site, p(reviewed.site), reviewed.root)!;
  assert.equal(m.basis, 'reviewed');
  assert.deepEqual(m.paragraphs.map((x) => x.number), ['2', '3']);
});
