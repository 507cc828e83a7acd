import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSite } from '../../src/model/index.ts';
import { registerBadInputCases } from './helpers/bad-input-cases.ts';
import { localFixture } from './helpers/local-fixture.ts';

test('the base fixture with its made-up local layer is valid', () => {
  const { project, root } = localFixture();
  assert.deepEqual(loadSite(root, project).errors, []);
});

registerBadInputCases({
  folder: 'local-cases',
  setup: (name, variant) => localFixture(name, variant),
  expectedCode: {
    'note-names-unknown-provision': 'local-unknown-id',
    'note-on-removed-provision': 'local-note-on-removed',
    'note-names-unknown-tree-outcome': 'local-unknown-id',
    'note-names-unknown-area': 'local-unknown-area',
    'note-names-two-places': 'invalid-field',
    'placeholder-names-unknown-contact': 'local-unknown-id',
    'area-missing-a-contact': 'missing-field',
    'contact-with-no-way-to-reach': 'invalid-field',
    'date-that-does-not-exist': 'invalid-field',
    'reviewed-before-written': 'local-bad-date',
    'written-in-the-future': 'local-bad-date',
    'no-threshold-document': 'local-no-threshold-document',
  },
});
