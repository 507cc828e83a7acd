/**
 * The words citations are written with, for reading them (citation-atoms.ts): what introduces a
 * chapter, an appendix, a paragraph or a page; words that date or place an edition; words that say
 * nothing about where a citation points; and the near misses a keyboard makes ("chaptr",
 * "Woking Togther"). Pure: runs in the browser.
 */
import { distance } from 'fastest-levenshtein';

export const CHAPTER_WORDS = new Set(['chapter', 'chapters', 'chap', 'chapt', 'chpt', 'chp', 'ch', 'cha', 'chs']);
export const APPENDIX_WORDS = new Set(['appendix', 'appendices', 'annex', 'annexe', 'app', 'appx', 'apx', 'apdx', 'appendice']);
export const PARA_WORDS = new Set(['paragraph', 'paragraphs', 'para', 'paras', 'par', 'pars', 'parag', 'pgph', 'paragraphe']);
export const PAGE_WORDS = new Set(['page', 'pages', 'pg', 'pgs', 'p', 'pp', 'pag']);
export const DEFINITION_WORDS = new Set(['defined', 'define', 'defines', 'definition', 'definitions', 'glossary']);
export const PREVIOUS = new Set(['old', 'older', 'previous', 'prior', 'former', 'earlier', 'superseded', 'outdated', 'last']);
export const CURRENT = new Set(['current', 'latest', 'new', 'newest', 'recent', 'present', 'updated', 'revised']);
export const UNIT_AFTER = /^(?:years?|days?|hours?|weeks?|months?|minutes?|per|percent|%|children|cases|million|am|pm)$/;
export const NOT_A_YEAR_AFTER = new Set(['act', 'acts', 'regulations', 'regulation', 'order', 'rules', 'measure', 'bill', 'no', 'number', 's', 'section', 'sections', 'ss', 'sch', 'schedule', 'since', 'until', 'till', 'before']);
export const PRINTING_CUES = new Set(['amended', 'amendment', 'amendments', 'updated', 'update', 'revised', 'revision', 'reprinted', 'reprint', 'reissued', 'printing', 'version']);
export const DRAFT_CUES = new Set(['draft', 'consultation', 'consulted', 'proposed']);
export const PUBLISHED_CUES = new Set(['published', 'issued', 'dated', 'publication']);
/** Words a citation is written with that say nothing about where it points. */
export const GLUE = new Set([
  'of', 'in', 'at', 'see', 'cf', 'the', 'a', 'an', 'by', 'from', 'under', 'per', 'as', 'and', 'or', 'on', 'within', 'also',
  'guidance', 'statutory', 'edition', 'editions', 'version', 'document', 'hm', 'government', 'dfe', 'dcsf', 'department',
  'for', 'education', 'schools', 'families', 'publication', 'eg', 'ie', 'its', 'this', 'that', 'to', 'with', 'set', 'out',
  'provided', 'extracted', 'taken', 'states', 'says', 'stated', 'refer', 'refers', 'referred', 'according', 'following', 'below',
  'above', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'it', 'which', 'where', 'we', 'our', 'you', 'your', 'here',
  // How a sentence or a reference list introduces a citation.
  'accordance', 'line', 'compliance', 'comply', 'complies', 'follows', 'followed', 'cited', 'cites', 'quoted', 'quote', 'notes',
  'noted', 'outlines', 'outlined', 'describes', 'described', 'explains', 'explained', 'makes', 'clear', 'said', 'set', 'sets',
  'london', 'hmso', 'tso', 'stationery', 'office', 'crown', 'copyright', 'isbn', 'ref', 'available', 'accessed', 'online', 'www',
  'gov', 'uk', 'http', 'https', 'pdf', 'retrieved', 'html', 'org', 'there', 'than', 'so', 'if', 'when', 'all', 'any', 'must', 'should',
]);
/** The editions' subtitles: "A guide to inter-agency working to safeguard and promote ..." (2010-2018), "A guide to multi-agency working to help, protect and promote ..." (2023). */
export const SUBTITLE = new Set(['a', 'guide', 'to', 'inter', 'multi', 'agency', 'interagency', 'multiagency', 'working', 'safeguard', 'help', 'protect', 'and', 'promote', 'the', 'welfare', 'of', 'children']);

export const near = (t: string, word: string) => t.length >= 6 && t[0] === word[0] && distance(t, word) <= 2;
export const isChapterWord = (t: string) => CHAPTER_WORDS.has(t) || near(t, 'chapter');
export const isAppendixWord = (t: string) => APPENDIX_WORDS.has(t) || near(t, 'appendix');
export const isParaWord = (t: string) => PARA_WORDS.has(t) || near(t, 'paragraph');
/** "Working Together" with a slip of the keyboard ("Woking Togther"). */
export const isWorking = (t: string) => t === 'working' || (t.length >= 6 && t.length <= 9 && distance(t, 'working') <= 1);
export const isTogether = (t: string) => t === 'together' || (t.length >= 7 && t.length <= 10 && distance(t, 'together') <= 2);
