import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSite } from '../../src/model/index.ts';
import { formatErrors } from '../../src/validation/content-error.ts';

test('the repository content passes every check', () => {
  const { errors } = loadSite();
  assert.equal(errors.length, 0, formatErrors(errors));
});
