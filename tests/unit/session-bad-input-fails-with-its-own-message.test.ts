import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadSite } from '../../src/model/index.ts';
import { formatErrors } from '../../src/validation/content-error.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const CASES = join(FIXTURES, 'session-cases');
const expectedCode: Record<string, string> = {
  'session-cites-unknown-range': 'unknown-range',
  'session-cites-unknown-section': 'unknown-section',
  'session-path-names-unknown-step': 'unknown-step',
  'session-path-names-unknown-provision': 'unknown-provision',
};

/** The base fixture with one case's files laid over it, in a throwaway project folder. */
function overlay(name: string, variant: 'valid' | 'bad') {
  const project = mkdtempSync(join(tmpdir(), 'wtn-session-'));
  const root = join(project, 'content');
  cpSync(join(FIXTURES, 'content-base'), root, { recursive: true });
  cpSync(join(CASES, name, variant), root, { recursive: true });
  return { project, root };
}

const cases = readdirSync(CASES).filter((n) => existsSync(join(CASES, n, 'bad')));

for (const name of cases) {
  test(`${name}: the valid twin loads without problems`, () => {
    const { project, root } = overlay(name, 'valid');
    const { errors } = loadSite(root, project);
    assert.deepEqual(errors, [], formatErrors(errors));
  });

  test(`${name}: the bad twin fails with its own message, file and line`, () => {
    const { project, root } = overlay(name, 'bad');
    const { errors } = loadSite(root, project);
    assert.deepEqual([...new Set(errors.map((e) => e.code))], [expectedCode[name]], formatErrors(errors));
    const snapshot = join(CASES, name, 'expected.txt');
    const actual = formatErrors(errors);
    if (process.env.UPDATE_SNAPSHOTS === '1' || !existsSync(snapshot)) writeFileSync(snapshot, actual);
    assert.equal(actual, readFileSync(snapshot, 'utf8'));
  });
}

test('every bad-session case has a code to expect', () => {
  for (const name of cases) assert.ok(expectedCode[name], `add ${name} to expectedCode`);
});
