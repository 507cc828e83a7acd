import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordDiffHtml } from '../../src/model/compare/word-diff.ts';

test('changed words are wrapped in del and ins, with hidden words for screen readers', () => {
  assert.equal(
    wordDiffHtml('within 7 working days', 'within 10 working days'),
    'within <del><span class="visually-hidden">[removed: </span>7<span class="visually-hidden">]</span></del><ins><span class="visually-hidden">[added: </span>10<span class="visually-hidden">]</span></ins> working days',
  );
});

test('text is escaped', () => {
  assert.equal(wordDiffHtml('a < b', 'a < b'), 'a &lt; b');
});
