import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSite } from '../../src/model/index.ts';
import { fixtureContent } from './helpers/fixture-content.ts';
import { registerBadInputCases } from './helpers/bad-input-cases.ts';

test('the base fixture is valid content', () => {
  const { project, root } = fixtureContent();
  assert.deepEqual(loadSite(root, project).errors, []);
});

registerBadInputCases({
  folder: 'content-cases',
  expectedCode: {
    'duplicate-id': 'duplicate-id',
    'unknown-predecessor': 'unknown-predecessor',
    'paragraph-range-does-not-parse': 'bad-paragraph-range',
    'paragraph-ranges-overlap': 'overlapping-ranges',
    'chapter-names-unknown-edition': 'unknown-edition',
    'missing-required-field': 'missing-field',
    'link-to-missing-anchor': 'broken-link',
    'key-change-contradicts-its-provision': 'fact-disagrees',
    'unchanged-with-different-facts': 'unchanged-but-different',
    'carried-summary-reads-as-new': 'carried-summary-reads-as-new',
    'nothing-to-replace': 'nothing-to-replace',
  },
});
