import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getSite } from '../../src/model/index.ts';
import { contentRoot } from '../../src/model/content-root.ts';
import { loadFlowcharts } from '../../src/model/flowcharts/feature.ts';
import { buildCitationIndex } from '../../src/search/citation-index.ts';
import { parseCitation } from '../../src/search/citation-parse.ts';
import { resolveCitation } from '../../src/search/resolve-citation.ts';
import { loadShorthand } from '../../src/search/shorthand.ts';
import { resolve } from 'node:path';

/**
 * Citations in the forms practitioners write them (our own wording, not copied from any document),
 * each with the place it cites on this site. Each must land there or offer it first. The figure
 * is reported in the README's citation section; add forms here when a new way of citing turns up.
 */
const FORMS: [string, string][] = [
  ["Working Together 2010, paragraph 5.82", "/2010/chapter-5/#icpc"],
  ["see WT 2010 para. 5.82 on conferences", "/2010/chapter-5/#icpc"],
  ["Working Together 2010 Chapter 4 \"Training, development and supervision for inter-agency working\"", "/2010/chapter-4/"],
  ["As Chapter 7 of Working Together (2010) makes clear, every child death is reviewed", "/2010/chapter-7/"],
  ["Chapter 8 Serious Case Reviews", "/2010/chapter-8/"],
  ["WT2010 ch 5", "/2010/chapter-5/"],
  ["Working Together 2010 Appendix 5", "/2010/appendix-5/"],
  ["the principles in chapter one of Working Together 2023", "/2023/chapter-1/"],
  ["Working Together to Safeguard Children 2023, Chapter 3: Providing help, support and protection", "/2023/chapter-3/"],
  ["WT 2023 chapter 4 Organisational responsibilities", "/2023/chapter-4/"],
  ["Working Together 2023 Ch 2 — Managing allegations", "/2023/chapter-4/#positions-of-trust"],
  ["Working Together 2023, chapter 4: child safeguarding practice reviews", "/2023/chapter-5/#practice-reviews"],
  ["Working Together 2023 chapter 4 (serious incident notification)", "/2023/chapter-5/#serious-incident-notification"],
  ["WT2023 para 48", "/2023/chapter-2/#lsp-who"],
  ["Working Together (2023) paragraph 48 on lead safeguarding partners", "/2023/chapter-2/#lsp-who"],
  ["Working Together 2018 chapter 3", "/2018/chapter-3/"],
  ["WT18 Ch2", "/2018/chapter-2/"],
  ["Chapter Two of Working Together 2018", "/2018/chapter-2/"],
  ["Working Together to Safeguard Children (DfE, 2018) – Chapter 5: Child death reviews", "/2018/chapter-5/"],
  ["Working Together 2018, Chapter 4 Improving child protection and safeguarding practice", "/2018/chapter-4/"],
  ["Working Together 2018 page 41", "/2018/chapter-1/#strategy-discussion"],
  ["WT2018 p.49", "/2018/chapter-1/#icpc"],
  ["Working Together 2018 (updated December 2020), page 23", "/2018/chapter-1/#homelessness-duty"],
  ["Working Together 2018 flowchart 4", "/flowcharts/2018/strategy-discussion/"],
  ["Flow chart 2 (Working Together 2018) Immediate protection", "/flowcharts/2018/immediate-protection/"],
  ["Working Together 2018 strategy discussion", "/2018/chapter-1/#strategy-discussion"],
  ["Working Together 2018 Appendix A", "/2018/appendix-a/"],
  ["Working Together 2018 glossary", "/2018/glossary/"],
  ["The definitions below are taken from Working Together 2018", "/2018/glossary/"],
  ["Working Together 2015, chapter 4 (Learning and improvement framework)", "/2015/chapter-4/"],
  ["Working Together to Safeguard Children 2015, Chapter 5: Child Death Reviews", "/2015/chapter-5/"],
  ["Local Safeguarding Children Boards (Working Together 2015, Chapter 3)", "/2015/chapter-3/"],
  ["WT 2015 flowchart 7", "/flowcharts/2015/child-death-review/"],
  ["Working Together 2015 flow chart 8 rapid response", "/flowcharts/2015/rapid-response/"],
  ["as defined in Working Together 2015, a child in need", "/2015/glossary/#term-child-in-need"],
  ["Working Together 2013 Chapter 1 Assessing need and providing help", "/2013/chapter-1/"],
  ["Working Together 2013 p.25", "/2013/chapter-1/#managing-individual-cases"],
  ["Working Together 2013, set out at page 49", "/2013/chapter-2/#individual-organisational-responsibilities"],
  ["WT2013 page 66", "/2013/chapter-4/#learning-principles"],
  ["Working Together 2013 chapter 4 serious case reviews", "/2013/chapter-4/"],
  ["Working Together 2013 Appendix C", "/2013/appendix-c/"],
  ["Working Together 2010 page 34", "/2010/chapter-1/#key-definitions"],
  ["Working Together (March 2010) p. 44 Common Assessment Framework", "/2010/chapter-2/#roles-caf"],
  ["Working Together 2010 Flowchart 3", "/flowcharts/2010/immediate-protection/"],
  ["Working Together, published in December 2009", "/2010/"],
  ["draft Working Together 2017 chapter 4", "/2018/chapter-4/"],
  ["Working Together 2020 chapter 1", "/2018/chapter-1/"],
  ["Working Together 2024 chapter 2", "/2023/chapter-2/"],
  ["Working Together 2026 chapter 3", "/2026/chapter-3/"],
  ["the current Working Together, chapter 5", "/2026/chapter-5/"],
  ["the previous Working Together chapter 5", "/2023/chapter-5/"],
  ["WT 2006 chapter 8", "/2010/chapter-8/"],
  ["Working Together 2023 definition of significant harm", "/2023/glossary/#term-significant-harm"],
  ["Working Together defines 'significant harm'", "/2026/glossary/#term-significant-harm"],
  ["Working Together 2018 chapter 3 LSCBs", "/2018/chapter-3/"],
  ["Working Together 2015 chapter 1 para 60", "/2015/chapter-1/"],
  ["wt2010 5.56", "/2010/chapter-5/#strategy-discussion"],
  ["paras 5.38-5.40 of WT (2010)", "/2010/chapter-5/#initial-assessment"],
  ["Working Together 2023 (amended February 2024) paragraph 48", "/2023/chapter-2/#lsp-who"],
  ["(HM Government, 2018, chapter 1)", "/2018/chapter-1/"],
  ["Working Together to Safeguard Children: A guide to inter-agency working to safeguard and promote the welfare of children (2015), chapter 2", "/2015/chapter-2/"],
  ["Working together to safeguard children 2023 — chapter 6 child death reviews", "/2023/chapter-6/"],
  ["Working Together to Safeguard Children: A guide to multi-agency working to help, protect and promote the welfare of children (December 2023), chapter 3", "/2023/chapter-3/"],
  ["WTSC 2018 ch.5", "/2018/chapter-5/"],
  ["WT2018 C1", "/2018/chapter-1/"],
  ["\"Working Together\" 2013, Chapter 3", "/2013/chapter-3/"],
  ["Working Together 2013 LSCB chapter", "/2013/chapter-3/"],
  ["Working Together 2018 independent scrutiny", "/2018/chapter-3/#independent-scrutiny"],
  ["Working Together 2023 rapid reviews", "/2023/chapter-5/#rapid-reviews"],
  ["Working Together 2010 chapter 5 para 5.82 initial child protection conference", "/2010/chapter-5/#icpc"],
  ["WT 2010, 5.56", "/2010/chapter-5/#strategy-discussion"],
  ["Working Together 2015 Flowchart 1", "/flowcharts/2015/referral/"],
  ["Working Together 2015, Flowchart 4 Action following a strategy discussion", "/flowcharts/2015/strategy-discussion/"],
  ["Working Together 2013 (p 73) child death reviews", "/2013/chapter-5/#child-death-reviews-introduction"],
  ["Working Together 2013 (page 78) preventable child deaths", "/2013/chapter-5/#preventable-child-deaths"],
  ["Working Together 2010 (p. 22) preface", "/2010/preface/#preface-introduction"],
  ["WT 2010 appendix 2", "/2010/appendix-2/"],
  ["WT2015 Appendix B statutory framework", "/2015/appendix-b/"],
  ["Working Together 2018, Chapter 1, paragraph 56 (strategy discussion)", "/2018/chapter-1/"],
  ["the new Working Together 2026, chapter 2", "/2026/chapter-2/"],
];

const site = getSite();
const root = contentRoot();
const index = buildCitationIndex(site, '/', loadFlowcharts({ root, project: resolve(root, '..'), site }).charts, loadShorthand(root, resolve(root, '..')).entries);

test(`each of ${FORMS.length} citations of our own, typed or pasted, lands on the place it cites or offers it first`, () => {
  const misses: string[] = [];
  for (const [q, want] of FORMS) {
    const parsed = parseCitation(q, index.editions.map((e) => e.id));
    const r = parsed ? resolveCitation(index, parsed, null) : null;
    const first = r ? (r.kind === 'found' ? r.option.url : r.options[0]?.url) : undefined;
    if (first !== want) misses.push(`${q} -> ${first} (want ${want})`);
  }
  assert.deepEqual(misses, []);
});
