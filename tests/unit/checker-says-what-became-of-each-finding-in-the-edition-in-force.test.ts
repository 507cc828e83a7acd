import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { getSite } from '../../src/model/index.ts';
import { getTerms } from '../../src/model/terms/index.ts';
import { buildCitationIndex } from '../../src/search/citation-index.ts';
import { buildCheckerData } from '../../src/model/checker/checker-data.ts';
import { checkText } from '../../src/model/checker/check-text.ts';
import { provisionFate } from '../../src/model/checker/fates.ts';
import { currentEdition, provisionsOf } from '../../src/model/queries.ts';

const site = getSite();
const data = buildCheckerData(site, getTerms(), '/');
const index = buildCitationIndex(site, '/');
const SAMPLE = readFileSync(new URL('../fixtures/checker/sample-procedure.txt', import.meta.url), 'utf8');
const results = checkText(SAMPLE, data, index);
const get = (found: string) => results.find((f) => f.found === found)!;

test('the sample procedure gives every citation, outdated term and old edition, in the order of the text', () => {
  assert.deepEqual(results.map((f) => [f.kind, f.found]), [
    ['edition', 'Working Together to Safeguard Children (HM Government, 2015)'],
    ['term', "LSCB's · LSCB"],
    ['term', 'serious case review'],
    ['citation', 'WT2010 8.9'],
    ['citation', 'Working Together 2018, chapter 4, paragraph 23'],
    ['term', 'initial assessment · core assessment'],
    ['citation', 'paras 5.38-5.40 of Working Together 2010'],
    ['term', 'IMR'],
    ['term', 'CCG'],
    ['citation', 'WT2023 para 48'],
  ]);
});

test('each finding says what it points to, what became of it and what to write instead', () => {
  const lscb = get("LSCB's · LSCB");
  assert.equal(lscb.status, 'renamed');
  assert.deepEqual(lscb.lines, [5, 6]);
  assert.deepEqual(lscb.successors.map((s) => s.label), ['safeguarding partners']);
  assert.equal(get('IMR').status, 'removed');
  assert.equal(get('Working Together to Safeguard Children (HM Government, 2015)').status, 'superseded');
  const old = get('WT2010 8.9');
  assert.match(old.pointsTo.label, /^Working Together 2010, para 8\.9/);
  assert.ok(old.successors.every((s) => s.url.startsWith(`/${data.current}/`)));
  assert.match(old.suggestion, /^Cite Working Together 2026/);
  assert.equal(get('Working Together 2018, chapter 4, paragraph 23').status, 'not-found');
});

test('what lineage carries forward unconfirmed is said so, never "unchanged"', () => {
  const recent = get('WT2023 para 48');
  assert.equal(recent.status, 'unconfirmed');
  assert.match(recent.suggestion, /carried forward, not confirmed/);
  assert.equal(get('initial assessment · core assessment').unconfirmed, true, 'the crosswalk has the assessment under the Children Act 1989 only carried forward, not confirmed, into 2026');
  assert.equal(get('CCG').unconfirmed, false, 'the crosswalk finds integrated care boards in confirmed 2026 content');
  for (const [url, fate] of Object.entries(data.fates)) if (fate.unconfirmed) assert.notEqual(fate.status, 'unchanged', url);
});

test('a provision of the edition in force stands as it is', () => {
  const current = currentEdition(site)!;
  const p = provisionsOf(current)[0];
  const fate = provisionFate(site, '/', p, current);
  assert.equal(fate.status, 'in-force');
  assert.deepEqual(fate.successors.map((s) => s.url), [p.path]);
});
