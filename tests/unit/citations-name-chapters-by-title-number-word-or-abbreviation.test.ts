import { test } from 'node:test';
import assert from 'node:assert/strict';
import { go, urls } from './helpers/citation-index-rich.ts';

test('a chapter is read from a number word, an ordinal, a roman numeral or an abbreviation', () => {
  for (const q of ['Working Together 2018 chapter three', 'WT2018 Ch3', 'WT 2018 ch. 3', 'the third chapter of Working Together 2018', 'Working Together 2018, Chapter III', 'Working Together 2018 chap 3'])
    assert.deepEqual(urls(go(q)), ['/2018/chapter-3/'], q);
});

test('a misspelt chapter word or guidance name is still read', () => {
  for (const q of ['Working Togther 2018 chaptr 3', 'Woking Together 2018 chpater 3']) assert.deepEqual(urls(go(q)), ['/2018/chapter-3/'], q);
});

test('a chapter named by its title alone opens that chapter, typos and all', () => {
  assert.deepEqual(urls(go('Working Together 2018 Multi-agency safeguarding arrangments')), ['/2018/chapter-3/']);
  assert.deepEqual(urls(go('Working Together 2015, Local Safeguarding Children Boards')), ['/2015/chapter-3/']);
});

test('an appendix is read by its number or letter', () => {
  assert.deepEqual(urls(go('Appendix 5 of Working Together 2010')), ['/2010/appendix-5/']);
});
