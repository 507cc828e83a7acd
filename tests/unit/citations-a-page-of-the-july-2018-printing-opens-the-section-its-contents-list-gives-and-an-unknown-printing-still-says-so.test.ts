import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSite } from '../../src/model/index.ts';
import { buildCitationIndex } from '../../src/search/citation-index.ts';
import { answerer, text, urls } from './helpers/citation-answers.ts';

// The real content: the July 2018 contents list (web-2018-07-contents-scribd) puts Strategy discussion
// on page 38; the December 2020 one puts it on page 41 and has the section on the assessment of a child
// under the Children Act 1989 on page 38.
const { site } = loadSite();
const go = answerer(buildCitationIndex(site, '/'));

test('page 38 of the July 2018 printing opens Strategy discussion, as its contents list gives it', () => {
  const r = go('Working Together 2018 (July 2018 printing) page 38');
  assert.equal(urls(r)[0], '/2018/chapter-1/#strategy-discussion');
  assert.match(text(r), /page 38 \(July 2018 printing\) – Strategy discussion/);
  assert.doesNotMatch(text(r), /December 2020 printing\) –/);
});

test('page 38 with no printing named offers each printing’s section, named', () => {
  const r = go('WT2018 p.38');
  assert.equal(r.kind, 'choose');
  assert.match(text(r), /differ between the printings/);
  assert.match(text(r), /page 38 \(July 2018 printing\) – Strategy discussion/);
  assert.match(text(r), /page 38 \(December 2020 printing\) – Assessment of a child under the Children Act 1989/);
  assert.match(text(r), /no page numbers for the February 2019 printing/);
});

test('a printing whose pages no source gives still says the site does not know them', () => {
  const amended = go('WT2018 (amended February 2019) p.38');
  assert.equal(amended.kind, 'not-found');
  assert.match(text(amended), /You cite the February 2019 text, whose page numbers this site does not know/);
  for (const q of ['Working Together 2015 page 14 paragraph 18', 'Working Together 2023 page 38']) {
    const r = go(q);
    assert.notEqual(r.kind, 'found', q);
    assert.match(text(r), /does not know what is on page \d+ of any printing/, q);
    assert.ok(!/page \d+ \(/.test(text(r)), `${q}: no page of a printing is offered`);
  }
});
