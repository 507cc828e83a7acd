import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSite } from '../../src/model/index.ts';
import { loadCurrency } from '../../src/model/currency/feature.ts';
import { fixtureContent } from './helpers/fixture-content.ts';

/** A made-up consultation on revising the fixture's 2013 edition; `edit` changes one field. */
const revision = (edit: (yaml: string) => string = (y) => y) => edit(`
revisions:
  - id: made-up-consultation
    title: A made-up consultation
    by: Department for Education
    edition: "2013"
    kind: consultation
    opened: 2026-06-22
    closes: 2026-09-04
    covers: [a made-up topic]
    outcome: No response yet.
    sources: [seed-004]
`);

const load = (yaml: string) => {
  const { root, project } = fixtureContent();
  const file = join(root, 'currency.yaml');
  writeFileSync(file, readFileSync(file, 'utf8') + yaml);
  const { site } = loadSite(root, project);
  return loadCurrency(root, project, site, '2026-12-03');
};

test('a valid revision under way loads, with no topics it would also revise by default', () => {
  const { currency, errors } = load(revision());
  assert.deepEqual(errors, []);
  assert.equal(currency!.revisions[0].title, 'A made-up consultation');
  assert.deepEqual(currency!.revisions[0].alsoRevises, []);
});

test('a revision of an edition the site does not cover fails at its line', () => {
  const { errors } = load(revision((y) => y.replace('edition: "2013"', 'edition: "2031"')));
  assert.deepEqual(errors.map((e) => `${e.code}:${e.line}`), ['revision-edition-missing:12']);
});

test('a revision of an edition with a later edition on the site fails: the revised edition is probably there already', () => {
  const { errors } = load(revision((y) => y.replace('edition: "2013"', 'edition: "2010"')));
  assert.deepEqual(errors.map((e) => `${e.code}:${e.line}`), ['revision-edition-not-newest:12']);
  assert.match(errors[0].message, /a later edition, 2013, is on this site/);
  assert.match(errors[0].fix, /remove this entry/);
});

test('a consultation that closes before it opens fails, asking to check both dates', () => {
  const { errors } = load(revision((y) => y.replace('closes: 2026-09-04', 'closes: 2026-06-01')));
  assert.deepEqual(errors.map((e) => e.code), ['revision-closes-before-it-opens']);
  assert.match(errors[0].fix, /check both dates/);
});

test('a revision that opened after the last check fails: the check could not have seen it', () => {
  const { errors } = load(revision((y) => y.replace('opened: 2026-06-22', 'opened: 2026-12-02').replace('closes: 2026-09-04', 'closes: 2027-01-04')));
  assert.deepEqual(errors.map((e) => e.code), ['revision-after-check']);
});

test('a revision citing an unknown source fails, naming the source', () => {
  const { errors } = load(revision((y) => y.replace('[seed-004]', '[nowhere]')));
  assert.deepEqual(errors.map((e) => e.code), ['unknown-source']);
  assert.match(errors[0].message, /"nowhere"/);
});

test('a revision with no topics fails schema validation with the fix', () => {
  const { errors } = load(revision((y) => y.replace('covers: [a made-up topic]', 'covers: []')));
  assert.equal(errors.length, 1);
  assert.match(errors[0].message + errors[0].fix, /list at least one topic/);
});
