import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSite } from '../../src/model/index.ts';
import { getEdition } from '../../src/model/queries.ts';
import { deriveInForce, dayOf } from '../../src/model/in-force.ts';
import { fixtureContent } from './helpers/fixture-content.ts';
import { addEdition } from './helpers/add-edition.ts';

const saved = process.env.WTN_TODAY;
afterEach(() => { if (saved === undefined) delete process.env.WTN_TODAY; else process.env.WTN_TODAY = saved; });

const statuses = (root: string, project: string) => {
  const { site, errors } = loadSite(root, project);
  assert.deepEqual(errors.map((e) => `${e.file}:${e.line} ${e.message}`), []);
  return Object.fromEntries(site.editions.map((e) => [e.id, `${e.status}${e.supersededBy ? ` by ${e.supersededBy}` : ''}`]));
};

test('the latest edition whose in-force date has come is in force; earlier ones are superseded by the next', () => {
  const { root, project } = fixtureContent();
  process.env.WTN_TODAY = '2026-12-03';
  assert.deepEqual(statuses(root, project), { 2010: 'superseded by 2013', 2013: 'current' });
});

test('a later edition added with no page edited becomes the edition in force, and the one before is superseded by it', () => {
  const { root, project } = fixtureContent();
  addEdition(root, project, { id: '2029', published: '2029-01-10', inForce: '2029-04-01', sources: 'seed-004' });
  writeFileSync(join(root, 'currency.yaml'), readFileSync(join(root, 'currency.yaml'), 'utf8').replace('newestEdition: "2013"', 'newestEdition: "2029"'));
  process.env.WTN_TODAY = '2029-06-01';
  assert.deepEqual(statuses(root, project), { 2010: 'superseded by 2013', 2013: 'superseded by 2029', 2029: 'current' });
});

test('an edition published ahead of its in-force date is upcoming, and the edition before stays in force until then', () => {
  const { root, project } = fixtureContent();
  addEdition(root, project, { id: '2029', published: '2029-01-10', inForce: '2029-04-01', sources: 'seed-004' });
  writeFileSync(join(root, 'currency.yaml'), readFileSync(join(root, 'currency.yaml'), 'utf8').replace('newestEdition: "2013"', 'newestEdition: "2029"'));
  process.env.WTN_TODAY = '2029-03-31';
  assert.deepEqual(statuses(root, project), { 2010: 'superseded by 2013', 2013: 'current', 2029: 'upcoming' });
});

test('a month alone counts from its first day', () => {
  assert.equal(dayOf('2023-12'), '2023-12-01');
  const e = (id: string, inForce: string) => ({ id, inForce, status: 'superseded', supersededBy: null }) as never;
  const list = [e('2018', '2018-07-04'), e('2023', '2023-12')];
  deriveInForce(list, '2023-11-30');
  assert.deepEqual(list.map((x: { status: string }) => x.status), ['current', 'upcoming']);
  deriveInForce(list, '2023-12-01');
  assert.deepEqual(list.map((x: { status: string }) => x.status), ['superseded', 'current']);
});

test('on the real content, 2026 is in force today and 2023 is superseded by it', () => {
  process.env.WTN_TODAY = '2026-12-03';
  const { site } = loadSite();
  assert.equal(getEdition(site, '2026')!.status, 'current');
  assert.equal(getEdition(site, '2023')!.supersededBy, '2026');
});

test('the editions form one chain: an edition that came into force before the one it follows is refused', () => {
  const { root, project } = fixtureContent();
  const file = join(root, 'editions', '2013', 'edition.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('inForce: 2013-04-15', 'inForce: 2009-04-15').replace('published: 2013-03-21', 'published: 2009-03-21'));
  const { errors } = loadSite(root, project);
  assert.deepEqual(errors.map((e) => e.code), ['edition-chain']);
  assert.match(errors[0].message, /not after 2010/);
});
