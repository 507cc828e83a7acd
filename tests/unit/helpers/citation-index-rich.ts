/**
 * A made-up citation index shaped like the real one, with everything a citation can name: chapters
 * by title, sections with topics, two printings of one edition, flowcharts numbered differently by
 * edition, glossaries, drafts and amendments, an earlier edition not covered. Titles and numbers are
 * our own inventions for tests, not the official ones. Plus a parse+resolve helper.
 */
import type { ChapterEntry, CitationEdition, CitationIndex, SectionEntry } from '../../../src/search/citation-index.ts';
import { answerer, text, urls } from './citation-answers.ts';

const ch = (y: string, k: string, title: string, label = `Chapter ${k}`): ChapterEntry => ({ k, l: label, t: `${label}: ${title}`, u: `/${y}/${label.toLowerCase().replace(' ', '-')}/` });
const sec = (y: string, k: string, heading: string, id: string, topic = ''): SectionEntry => [heading, `/${y}/chapter-${k}/#${id}`, k, topic];
const edition = (id: string, e: Partial<CitationEdition>): CitationEdition => ({
  id, title: `Working Together ${id}`, scheme: 'per-chapter', current: false, url: `/${id}/`, chapters: [], entries: [], printings: [], ...e,
});

export const index: CitationIndex = {
  earlier: [{ year: '2006', replacedBy: '2010' }],
  flowchartsUrl: '/flowcharts/',
  shorthand: [[['strategy meeting', 'strat meeting'], 'strategy discussion'], [['ICPC'], 'initial child protection conference']],
  editions: [
    edition('2010', {
      scheme: 'chapter-dot-paragraph',
      chapters: [ch('2010', '4', 'Training and supervision for joint working'), ch('2010', '5', 'Managing individual cases'), ch('2010', '8', 'Serious case reviews'), ch('2010', 'appendix-5', 'Procedures for allegations against staff', 'Appendix 5')],
      sections: [sec('2010', '5', 'Strategy discussion', 'strategy-discussion'), sec('2010', '8', 'Purpose of serious case reviews', 'scr-purpose', 'learn lesson')],
      entries: [{ k: 's', t: 'Strategy discussion', u: '/2010/chapter-5/#strategy-discussion', r: [['5', 56, 61]], c: 'Chapter 5' }],
      flowcharts: [[3, 'Acting at once to protect a child', '/flowcharts/2010/immediate-protection/', '5', 'immediate protection urgent action', 0]],
      dates: [['2010-03', 'published', ''], ['2009-12-18', 'draft', 'A draft was consulted on from 18 December 2009.']],
      glossary: { url: '/2010/glossary/', terms: [['Serious case review', 'SCR', '/2010/glossary/#term-scr']] },
    }),
    edition('2015', {
      chapters: [ch('2015', '1', 'Assessing need and providing help'), ch('2015', '2', 'Organisational responsibilities'), ch('2015', '3', 'Local Safeguarding Children Boards'), ch('2015', '4', 'Learning and improvement framework')],
      sections: [sec('2015', '1', 'Strategy discussion', 'strategy-discussion'), sec('2015', '2', 'Allegations against people who work with children', 'allegations', 'designated officer referral'), sec('2015', '4', 'Serious case reviews', 'scr', 'criteria independent reviewer')],
      flowcharts: [[2, 'Immediate protection', '/flowcharts/2015/immediate-protection/', '1', 'immediate protection', 1], [4, 'Action following a strategy discussion', '/flowcharts/2015/strategy-discussion/', '1', 'strategy discussion', 1]],
      dates: [['2015-03-26', 'published', ''], ['2015-01', 'draft', 'Three changes were consulted on in January 2015.'], ['2017-02-16', 'amended', 'A definition was added.']],
      glossary: { url: '/2015/glossary/', terms: [['Child in need', '', '/2015/glossary/#term-child-in-need'], ['Designated officer', 'LADO', '/2015/glossary/#term-lado']] },
    }),
    edition('2018', {
      chapters: [ch('2018', '1', 'Assessing need and providing help'), ch('2018', '2', 'Organisational responsibilities'), ch('2018', '3', 'Multi-agency safeguarding arrangements'), ch('2018', '4', 'Improving child protection and safeguarding practice')],
      sections: [sec('2018', '1', 'Strategy discussion', 'strategy-discussion'), sec('2018', '1', 'Initial child protection conferences', 'icpc'), sec('2018', '2', 'People in positions of trust', 'trust', 'allegation staff volunteer'), sec('2018', '4', 'Rapid reviews', 'rapid-review', 'serious incident notification')],
      entries: [{ k: 's', t: 'Strategy discussion', u: '/2018/chapter-1/#strategy-discussion', r: [['1', 55, 70]], c: 'Chapter 1' }],
      flowcharts: [[2, 'Immediate protection', '/flowcharts/2018/immediate-protection/', '1', 'immediate protection', 1], [4, 'Action following a strategy discussion', '/flowcharts/2018/strategy-discussion/', '1', 'strategy discussion', 1]],
      dates: [['2018-07-04', 'published', ''], ['2017-10-25', 'draft', 'A draft was consulted on from 25 October 2017.'], ['2020-12-09', 'amended', 'A limited update added sections.']],
      printings: [
        { id: '2018-07', name: 'July 2018 printing', pages: [[12, 'Early help', '/2018/chapter-1/#early-help', '1'], [36, 'Strategy discussion', '/2018/chapter-1/#strategy-discussion', '1'], [44, 'Initial child protection conferences', '/2018/chapter-1/#icpc', '1']] },
        { id: '2020-12', name: 'December 2020 printing', pages: [[13, 'Early help', '/2018/chapter-1/#early-help', '1'], [40, 'Strategy discussion', '/2018/chapter-1/#strategy-discussion', '1'], [48, 'Initial child protection conferences', '/2018/chapter-1/#icpc', '1']] },
      ],
    }),
    edition('2023', {
      scheme: 'continuous', official: 'https://example.org/wt2023',
      chapters: [ch('2023', '1', 'A shared responsibility'), ch('2023', '2', 'Multi-agency safeguarding arrangements'), ch('2023', '3', 'Providing help, support and protection'), ch('2023', '4', 'Organisational responsibilities'), ch('2023', '5', 'Learning from serious child safeguarding incidents')],
      sections: [sec('2023', '3', 'Child protection', 'child-protection', 'strategy discussion'), sec('2023', '4', 'People in positions of trust', 'trust', 'allegation staff volunteer'), sec('2023', '5', 'Child safeguarding practice reviews', 'practice-reviews', 'local national'), sec('2023', '5', 'Notifying serious incidents', 'notifying', 'panel five working day')],
      entries: [
        { k: 'p', t: 'Who the lead partners are', u: '/2023/chapter-2/#lead', r: [[null, 48, 48]], c: 'Chapter 2' },
        { k: 'p', t: 'Early help assessment', u: '/2023/chapter-3/#early-help', r: [[null, 150, 150]], c: 'Chapter 3' },
        { k: 'p', t: 'Strategy discussion', u: '/2023/chapter-3/#strategy', r: [[null, 190, 190]], c: 'Chapter 3' },
        { k: 'p', t: 'The designated officer', u: '/2023/chapter-4/#officer', r: [[null, 230, 230]], c: 'Chapter 4' },
      ],
      dates: [['2023-12-15', 'published', ''], ['2023-06-21', 'draft', 'A draft was consulted on from 21 June 2023.'], ['2024-02-23', 'amended', 'A paragraph was reworded.']],
    }),
    edition('2026', {
      scheme: 'continuous', current: true,
      chapters: [ch('2026', '1', 'A shared responsibility'), ch('2026', '3', 'Providing help, support and protection'), ch('2026', '5', 'Learning from serious child safeguarding incidents')],
      glossary: { url: '/2026/glossary/', terms: [['Significant harm', '', '/2026/glossary/#term-significant-harm']] },
      dates: [['2026-03-18', 'published', '']],
    }),
  ],
};

/** Parses and resolves a citation against this index as the search box does. */
export const go = answerer(index);
export { text, urls };
