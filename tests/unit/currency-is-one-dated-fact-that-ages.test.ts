import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSite } from '../../src/model/index.ts';
import { loadCurrency, monthsBetween } from '../../src/model/currency/feature.ts';
import { fixtureContent } from './helpers/fixture-content.ts';

const setup = (edit?: (text: string) => string) => {
  const { root, project } = fixtureContent();
  const file = join(root, 'currency.yaml');
  if (edit) writeFileSync(file, edit(readFileSync(file, 'utf8')));
  const { site } = loadSite(root, project);
  return { root, project, site };
};

test('months between two days count whole months only', () => {
  assert.equal(monthsBetween('2026-12-03', '2027-12-02'), 11);
  assert.equal(monthsBetween('2026-12-03', '2027-12-03'), 12);
  assert.equal(monthsBetween('2026-01-31', '2026-03-01'), 1);
});

test('a check less than 12 months old raises no warning; one 12 months old warns without failing', () => {
  const { root, project, site } = setup();
  assert.deepEqual(loadCurrency(root, project, site, '2027-11-30').warnings, []);
  const old = loadCurrency(root, project, site, '2027-12-01');
  assert.deepEqual(old.errors, []);
  assert.equal(old.warnings.length, 1);
  assert.match(old.warnings[0], /^content\/currency\.yaml:\d+  The content was last checked .* on 2026-12-01, 12 months ago: check GOV\.UK/);
});

test('a check that found an edition the site does not cover fails, naming the command that adds it', () => {
  const { root, project, site } = setup((t) => t.replace('newestEdition: "2013"', 'newestEdition: "2029"'));
  const { errors } = loadCurrency(root, project, site, '2026-12-03');
  assert.deepEqual(errors.map((e) => e.code), ['currency-edition-missing']);
  assert.match(errors[0].fix, /npm run new-edition -- --id 2029/);
});

test('a check that names an older edition than the newest on the site fails as stale', () => {
  const { root, project, site } = setup((t) => t.replace('newestEdition: "2013"', 'newestEdition: "2010"'));
  assert.deepEqual(loadCurrency(root, project, site, '2026-12-03').errors.map((e) => e.code), ['currency-stale-edition']);
});

test('a site with no currency fact fails with the file to create', () => {
  const { root, project } = fixtureContent();
  rmSync(join(root, 'currency.yaml'));
  const { errors } = loadSite(root, project);
  assert.deepEqual(errors.map((e) => `${e.file} ${e.code}`), ['content/currency.yaml missing-file']);
});

test('the real content states when it was last checked, and its newest edition is 2026', () => {
  const { site, errors } = loadSite();
  assert.deepEqual(errors, []);
  const { currency } = loadCurrency(join(process.cwd(), 'content'), process.cwd(), site);
  assert.equal(currency!.newestEdition, '2026');
  assert.match(currency!.lastChecked, /^\d{4}-\d{2}-\d{2}$/);
});
