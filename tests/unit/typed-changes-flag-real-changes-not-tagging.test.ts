import { test } from 'node:test';
import assert from 'node:assert/strict';
import { typedChanges } from '../../src/model/compare/typed-changes.ts';
import type { ProvisionModel, Site } from '../../src/model/types.ts';
import type { DutyHolder } from '../../src/schemas/duty-holder.ts';

const holders: DutyHolder[] = [
  { id: 'local-authority', name: 'Local authority', group: 'local-authority' },
  { id: 'childrens-social-care', name: 'Children’s social care', group: 'local-authority', partOf: 'local-authority' },
  { id: 'health', name: 'Health', group: 'health' },
  { id: 'ccg', name: 'CCGs', group: 'health', replacedBy: ['icb'] },
  { id: 'icb', name: 'ICBs', group: 'health' },
  { id: 'lscb', name: 'LSCB', group: 'safeguarding-arrangements', replacedBy: ['safeguarding-partners'] },
  { id: 'safeguarding-partners', name: 'Safeguarding partners', group: 'safeguarding-arrangements' },
];
const site = { dutyHolders: new Map(holders.map((h) => [h.id, h])) } as unknown as Site;
const p = (facts: Partial<ProvisionModel>) => ({ duty: [], from: [], ...facts }) as ProvisionModel;
const kinds = (olds: Partial<ProvisionModel>[], now: Partial<ProvisionModel>) => typedChanges(site, olds.map(p), p(now)).map((t) => `${t.kind}: ${t.from} -> ${t.to}`);

test('a new body in place of the old one is a change of duty holder', () => {
  assert.deepEqual(kinds([{ duty: ['lscb'] }], { duty: ['safeguarding-partners'] }), ['duty-holder: LSCB -> Safeguarding partners']);
});

test('a body and its part are the same duty holder', () => {
  assert.deepEqual(kinds([{ duty: ['childrens-social-care'] }], { duty: ['local-authority'] }), []);
});

test('one holder added to or dropped from a list is not a change of who holds the duty', () => {
  assert.deepEqual(kinds([{ duty: ['local-authority', 'health'] }], { duty: ['local-authority'] }), []);
});

test('a body replaced by its named successor is a change even when others carry over, shown as who left and who came', () => {
  assert.deepEqual(kinds([{ duty: ['health', 'ccg'] }], { duty: ['health', 'icb'] }), ['duty-holder: CCGs -> ICBs']);
});

test('should becoming must is a change of modality', () => {
  assert.deepEqual(kinds([{ duty: ['local-authority'], modality: 'should' }], { duty: ['local-authority'], modality: 'must' }), ['modality: should -> must']);
});

test('timescales compare as lengths: 12 months is a year, working days are not days', () => {
  assert.deepEqual(kinds([{ every: { value: 1, unit: 'years' } }], { every: { value: 12, unit: 'months' } }), []);
  assert.deepEqual(kinds([{ within: { value: 10, unit: 'working days' } }], { within: { value: 45, unit: 'working days' } }), ['timescale: within 10 working days -> within 45 working days']);
});

test('a fact present on one side only is not a change', () => {
  assert.deepEqual(kinds([{ duty: [] }], { duty: ['local-authority'], modality: 'must' }), []);
});
