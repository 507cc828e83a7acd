/**
 * Each bad tree in tests/fixtures/tree-cases/ fails the content check with its own message, file
 * and line (snapshot in expected.txt); its valid twin passes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSite } from '../../src/model/index.ts';
import { formatErrors } from '../../src/validation/content-error.ts';
import { FIXTURES, fixtureContent } from './helpers/fixture-content.ts';

const CASES = join(FIXTURES, 'tree-cases');
const expectedCode: Record<string, string> = {
  'unreachable-node': 'unreachable-node',
  'tree-cycle': 'tree-cycle',
  'answer-leads-nowhere': 'unknown-node',
  'provision-not-in-edition': 'unknown-provision',
  'missing-citations': 'missing-field',
  'example-fails': 'example-fails',
  'key-asked-twice': 'key-asked-twice',
};
const cases = readdirSync(CASES).filter((n) => existsSync(join(CASES, n, 'bad')));

function treeFixture(name: string, variant: 'valid' | 'bad') {
  const { project, root } = fixtureContent();
  cpSync(join(CASES, name, variant), root, { recursive: true });
  return loadSite(root, project).errors;
}

for (const name of cases) {
  test(`${name}: the valid tree passes every check`, () => {
    assert.deepEqual(treeFixture(name, 'valid'), []);
  });

  test(`${name}: the bad tree fails with its own message, file and line`, () => {
    const errors = treeFixture(name, 'bad');
    assert.deepEqual([...new Set(errors.map((e) => e.code))], [expectedCode[name]], formatErrors(errors));
    const snapshot = join(CASES, name, 'expected.txt');
    const actual = formatErrors(errors);
    if (process.env.UPDATE_SNAPSHOTS === '1' || !existsSync(snapshot)) writeFileSync(snapshot, actual);
    assert.equal(actual, readFileSync(snapshot, 'utf8'));
  });
}

test('every bad-tree case has a code to expect', () => {
  for (const name of cases) assert.ok(expectedCode[name], `add ${name} to expectedCode`);
});
