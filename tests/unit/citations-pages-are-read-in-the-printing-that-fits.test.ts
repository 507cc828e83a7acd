import { test } from 'node:test';
import assert from 'node:assert/strict';
import { go, text, urls } from './helpers/citation-index-rich.ts';

test('with two printings and no printing named, each printing’s section is offered, named', () => {
  const r = go('Working Together 2018 page 40');
  assert.equal(r.kind, 'choose');
  assert.match(text(r), /differ between the printings/);
  assert.match(text(r), /page 40 \(December 2020 printing\) – Strategy discussion/);
  assert.match(text(r), /page 36 \(July 2018 printing\) – Strategy discussion/);
});

test('a paragraph given with the page picks the printing it fits', () => {
  const r = go('Working Together 2018, page 36, paragraph 60');
  assert.equal(r.kind, 'found');
  assert.deepEqual(urls(r), ['/2018/chapter-1/#strategy-discussion']);
  assert.match(text(r), /fits the July 2018 printing/);
});

test('a printing named by its amendment date is the one read', () => {
  const r = go('WT2018 (amended Dec 2020) p.48');
  assert.deepEqual(urls(r), ['/2018/chapter-1/#icpc', '/2018/chapter-1/#strategy-discussion']);
  assert.match(text(r), /page 48 \(December 2020 printing\) – Initial child protection conferences/);
  assert.doesNotMatch(text(r), /July 2018 printing\) –/);
});

test('an edition with no known printing says the site does not know its pages, never guessing one', () => {
  const r = go('Working Together 2015 p. 14 para 18');
  assert.match(text(r), /does not know what is on page 14 of any printing/);
  assert.ok(!/page \d+ \(/.test(text(r)), 'no page of a printing is offered');
});

test('a paragraph that carries its chapter is placed by its number, the page only noted', () => {
  const r = go('Working Together 2010 p105, para5.56');
  assert.equal(r.kind, 'found');
  assert.deepEqual(urls(r), ['/2010/chapter-5/#strategy-discussion']);
});
