import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSite } from '../../src/model/index.ts';
import { formatErrors } from '../../src/validation/content-error.ts';
import { FIXTURES, fixtureContent } from './helpers/fixture-content.ts';

const CASES = join(FIXTURES, 'content-cases');
const expectedCode: Record<string, string> = {
  'duplicate-id': 'duplicate-id',
  'unknown-predecessor': 'unknown-predecessor',
  'paragraph-range-does-not-parse': 'bad-paragraph-range',
  'paragraph-ranges-overlap': 'overlapping-ranges',
  'chapter-names-unknown-edition': 'unknown-edition',
  'missing-required-field': 'missing-field',
  'link-to-missing-anchor': 'broken-link',
};

test('the base fixture is valid content', () => {
  const { project, root } = fixtureContent();
  assert.deepEqual(loadSite(root, project).errors, []);
});

for (const name of readdirSync(CASES).filter((n) => existsSync(join(CASES, n, 'bad')))) {
  test(`${name}: the valid twin loads without problems`, () => {
    const { project, root } = fixtureContent(name, 'valid');
    assert.deepEqual(loadSite(root, project).errors, []);
  });

  test(`${name}: the bad twin fails with its own message, file and line`, () => {
    const { project, root } = fixtureContent(name, 'bad');
    const { errors } = loadSite(root, project);
    assert.deepEqual([...new Set(errors.map((e) => e.code))], [expectedCode[name]], formatErrors(errors));
    const snapshot = join(CASES, name, 'expected.txt');
    const actual = formatErrors(errors);
    if (process.env.UPDATE_SNAPSHOTS === '1' || !existsSync(snapshot)) writeFileSync(snapshot, actual);
    assert.equal(actual, readFileSync(snapshot, 'utf8'));
  });
}

test('every bad-content case has a code to expect', () => {
  for (const name of readdirSync(CASES).filter((n) => existsSync(join(CASES, n, 'bad'))))
    assert.ok(expectedCode[name], `add ${name} to expectedCode`);
});
