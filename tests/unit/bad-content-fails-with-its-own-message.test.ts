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
    'duty-said-to-be-done-on-another-bodys-behalf': 'acts-for-unrecorded',
    'legal-section-numbered-differently': 'legal-section-differs',
    'new-provision-reuses-the-previous-editions-id': 'lineage-likely-broken',
    'same-subject-in-the-next-edition-without-a-link': 'lineage-likely-broken',
    'legal-section-duty-given-to-another-body': 'legal-section-holder',
    'key-change-names-another-duty-holder': 'fact-disagrees',
    'key-change-leaves-out-an-item-of-a-list': 'fact-disagrees',
    'key-change-says-must-where-its-provision-says-should': 'fact-disagrees',
    'unchanged-with-different-facts': 'unchanged-but-different',
    'superseded-publication-links-live-page': 'superseded-publication-links-live-page',
    'superseded-publication-without-archive': 'superseded-publication-without-archive',
    'crosswalk-status-disagrees-with-the-content': 'term-status-disagrees',
    'crosswalk-calls-used-what-only-carried-provisions-use': 'term-status-disagrees',
    'outside-term-used-by-a-summary': 'outside-term',
    'outside-term-claims-an-edition-that-does-not-use-it': 'outside-term',
    'carried-summary-reads-as-new': 'carried-summary-reads-as-new',
    'nothing-to-replace': 'nothing-to-replace',
  },
});
