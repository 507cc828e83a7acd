import { test } from 'node:test';
import assert from 'node:assert/strict';
import { go } from './helpers/citation-index-rich.ts';

test('the answer says what was read: edition, chapter and title, paragraph, page, printing', () => {
  assert.equal(go("Chapter 4 (Working Together 2010) 'Training and supervision for joint working'").understood, 'Working Together 2010, chapter 4 ‘Training and supervision for joint working’');
  assert.equal(go('WT2018 (amended Dec 2020) p 48 para 3').understood, 'Working Together 2018, the December 2020 printing, paragraph 3, page 48');
  assert.equal(go('Working Together, published in December 2009').understood, 'Working Together 2009 (December 2009)');
  assert.equal(go('Old WT').understood, 'Working Together, the previous edition');
  assert.equal(go('5.56', '2010').understood, 'Working Together 2010 (the edition chosen), paragraph 5.56');
});
