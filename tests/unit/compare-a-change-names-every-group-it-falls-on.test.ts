import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupsNamedBy } from '../../src/model/compare/falls-on.ts';
import { loadSite } from '../../src/model/index.ts';
import { compareEditions, editionPairs } from '../../src/model/compare/compare-editions.ts';
import type { ProvisionModel, Site } from '../../src/model/types.ts';
import type { DutyHolder } from '../../src/schemas/duty-holder.ts';

const holders: DutyHolder[] = [
  { id: 'local-authority', name: 'Local authority', group: 'local-authority' },
  { id: 'police', name: 'Police', group: 'police' },
  { id: 'health', name: 'Health organisations and professionals', group: 'health' },
  { id: 'icb', name: 'Integrated care boards', group: 'health', editions: ['2023', '2026'] },
  { id: 'schools', name: 'Schools', group: 'education' },
  { id: 'safeguarding-partners', name: 'Safeguarding partners', group: 'safeguarding-arrangements', alsoFallsOn: ['local-authority', 'police', 'health'] },
  { id: 'practitioners', name: 'All practitioners', group: 'practitioners' },
];
const site = { dutyHolders: new Map(holders.map((h) => [h.id, h])) } as unknown as Site;
const p = (facts: Partial<ProvisionModel>) => ({ duty: [], from: [], edition: '2026', text: '', ...facts }) as ProvisionModel;

test('a summary that names an integrated care board puts the change under health, beside its recorded duty holder', () => {
  const groups = groupsNamedBy(site, [p({ duty: ['schools'], text: 'Schools share attendance data with the ICB.' })]);
  assert.deepEqual(groups, ['health', 'education']);
});

test('a summary that names health professionals puts the change under health', () => {
  assert.deepEqual(groupsNamedBy(site, [p({ duty: ['local-authority'], text: 'The team includes a registered health professional.' })]), ['local-authority', 'health']);
});

test('a duty on the safeguarding partners falls on the local authority, the police and health as well', () => {
  assert.deepEqual(groupsNamedBy(site, [p({ duty: ['safeguarding-partners'] })]), ['local-authority', 'police', 'health', 'safeguarding-arrangements']);
});

test('a lead practitioner is one role, not every practitioner', () => {
  assert.deepEqual(groupsNamedBy(site, [p({ text: 'A lead practitioner co-ordinates the plan.' })]), []);
  assert.deepEqual(groupsNamedBy(site, [p({ text: 'Practitioners should record the child’s views.' })]), ['practitioners']);
});

const real = loadSite().site;
const items = editionPairs(real).flatMap(([a, b]) =>
  compareEditions(real, a, b).chapters.flatMap((c) => c.items).filter((i) => i.kind === 'new' || i.kind === 'changed').map((i) => ({ pair: `${a}→${b}`, i })));
const NAMES_HEALTH = /\b(?:integrated care boards?|ICBs?|clinical commissioning groups?|CCGs?|health (?:professionals?|practitioners?|providers?|organisations?|services)|GPs?|midwives|paediatricians?|designated (?:doctors?|nurses?))\b/;

test('in every pair, each new or changed item whose summaries name an ICB, a CCG or health professionals is tagged health', () => {
  for (const { pair, i } of items)
    if ([i.now, ...i.was].some((x) => NAMES_HEALTH.test(x.text))) assert.ok(i.groups.includes('health'), `${pair} ${i.now.id} names health bodies but is not tagged health`);
});

test('in every pair, each new or changed item falls on at least one group; one that names no body falls on all practitioners', () => {
  for (const { pair, i } of items) {
    assert.ok(i.groups.length > 0, `${pair} ${i.now.id} falls on no group`);
    if (i.general) assert.deepEqual(i.groups, ['practitioners'], `${pair} ${i.now.id}`);
  }
});
