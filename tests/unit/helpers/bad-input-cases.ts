/**
 * Registers the tests for a folder of bad-input cases (mdn style: each case folder holds a `bad/`
 * twin, a `valid/` twin and `expected.txt`): the valid twin loads cleanly; the bad twin fails with
 * exactly its own error code, and its formatted message (file, line, what is wrong, the fix) equals
 * the snapshot. UPDATE_SNAPSHOTS=1 rewrites the snapshots.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSite } from '../../../src/model/index.ts';
import { formatErrors } from '../../../src/validation/content-error.ts';
import { FIXTURES, fixtureContent } from './fixture-content.ts';

export interface BadInputCases {
  /** The folder under tests/fixtures, e.g. "tree-cases". */
  folder: string;
  /** Each case's own error code. */
  expectedCode: Record<string, string>;
  /** Test-name wording: "the valid twin <valid>", "the bad twin <bad>". */
  names?: { valid: string; bad: string };
  /** Builds a case's project (default: the case laid over content-base); e.g. localFixture for local layers. */
  setup?: (name: string, variant: 'valid' | 'bad') => { project: string; root: string };
}

export function registerBadInputCases({ folder, expectedCode, names, setup }: BadInputCases): void {
  const dir = join(FIXTURES, folder);
  const cases = readdirSync(dir).filter((n) => existsSync(join(dir, n, 'bad')));
  const load = (name: string, variant: 'valid' | 'bad') => {
    const { project, root } = setup ? setup(name, variant) : fixtureContent(name, variant, folder);
    return loadSite(root, project).errors;
  };
  for (const name of cases) {
    test(`${name}: ${names?.valid ?? 'the valid twin loads without problems'}`, () => {
      const errors = load(name, 'valid');
      assert.deepEqual(errors, [], formatErrors(errors));
    });
    test(`${name}: ${names?.bad ?? 'the bad twin fails with its own message, file and line'}`, () => {
      const errors = load(name, 'bad');
      assert.deepEqual([...new Set(errors.map((e) => e.code))], [expectedCode[name]], formatErrors(errors));
      const snapshot = join(dir, name, 'expected.txt');
      const actual = formatErrors(errors);
      if (process.env.UPDATE_SNAPSHOTS === '1' || !existsSync(snapshot)) writeFileSync(snapshot, actual);
      assert.equal(actual, readFileSync(snapshot, 'utf8'));
    });
  }
  test(`every case in ${folder} has a code to expect`, () => {
    for (const name of cases) assert.ok(expectedCode[name], `add ${name} to expectedCode`);
  });
}
