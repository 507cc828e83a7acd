/**
 * A small citation index shaped like the real one: 2010 (chapter.paragraph), 2013, 2015 and 2018
 * (numbered per chapter; 2018 with printed pages for its introduction and chapter 1, as the
 * December 2020 contents list gives them) and 2023 (one run of numbers). Plus a parse+resolve helper.
 */
import type { CitationIndex } from '../../../src/search/citation-index.ts';
import { answerer, text, urls } from './citation-answers.ts';

const chapters = (y: string, titles: string[]) =>
  titles.map((t, i) => ({ k: String(i + 1), l: `Chapter ${i + 1}`, t: `Chapter ${i + 1}: ${t}`, u: `/${y}/chapter-${i + 1}/` }));
const wt2013 = ['Assessing need and providing help', 'Organisational responsibilities', 'Local Safeguarding Children Boards', 'Learning and improvement framework', 'Child death reviews'];
const wt2018 = ['Assessing need and providing help', 'Organisational responsibilities', 'Multi-agency safeguarding arrangements', 'Improving child protection and safeguarding practice', 'Child death reviews'];

export const index: CitationIndex = {
  editions: [
    { id: '2010', title: 'Working Together 2010', scheme: 'chapter-dot-paragraph', current: false, url: '/2010/', printings: [],
      chapters: [{ k: '5', l: 'Chapter 5', t: 'Chapter 5: Managing individual cases', u: '/2010/chapter-5/' }],
      entries: [{ k: 's', t: 'The initial child protection conference', u: '/2010/chapter-5/#icpc', r: [['5', 82, 112]], c: 'Chapter 5' }] },
    { id: '2013', title: 'Working Together 2013', scheme: 'per-chapter', current: false, url: '/2013/', printings: [], chapters: chapters('2013', wt2013), entries: [] },
    { id: '2015', title: 'Working Together 2015', scheme: 'per-chapter', current: false, url: '/2015/', printings: [], chapters: chapters('2015', wt2013), entries: [] },
    { id: '2018', title: 'Working Together 2018', scheme: 'per-chapter', current: false, url: '/2018/',
      chapters: [{ k: 'introduction', l: 'Introduction', t: 'Introduction', u: '/2018/introduction/' }, ...chapters('2018', wt2018)],
      entries: [{ k: 'p', t: 'The area the arrangements cover', u: '/2018/chapter-5/#cdr-boundaries', r: [['5', 9, 9]], c: 'Chapter 5' }],
      printings: [{ id: '2020-12', name: 'December 2020 printing', pages: [
        [11, 'A co-ordinated approach', '/2018/introduction/#coordinated-approach', 'introduction'],
        [13, 'Early help', '/2018/chapter-1/#early-help', '1'],
        [25, 'Assessment of risk outside the home', '/2018/chapter-1/#risk-outside-home', '1'],
        [26, 'Purpose of assessment', '/2018/chapter-1/#assessment-purpose', '1'],
        [33, 'Timeliness', '/2018/chapter-1/#timeliness', '1'],
        [34, 'Processes for managing individual cases', '/2018/chapter-1/#managing-individual-cases', '1'],
        [49, 'Initial child protection conferences', '/2018/chapter-1/#icpc', '1'],
        [57, 'Flow chart 6: Children returning home from care to their families', '/2018/chapter-1/#flowchart-6-section', '1'],
      ] }] },
    { id: '2023', title: 'Working Together 2023', scheme: 'continuous', current: true, url: '/2023/', printings: [],
      chapters: chapters('2023', ['A shared responsibility', 'Multi-agency safeguarding arrangements', 'Providing help, support and protection']),
      entries: [{ k: 'p', t: 'Lead safeguarding partners', u: '/2023/chapter-2/#lsp-who', r: [[null, 48, 48]], c: 'Chapter 2' }] },
  ],
};

/** Parses and resolves a citation against this index as the search box does. */
export const go = answerer(index);
export { text, urls };
