/**
 * The pages the browser tests visit, in one place. They point at real content; when content
 * changes shape, change them here.
 */
export const PAGES = {
  home: '',
  edition: '2010/',
  chapter: '2010/chapter-5/',
  /** A provision on the chapter page, and the citation it copies. */
  provision: { chapter: '2010/chapter-5/', id: 'icpc-timing' },
  otherChapter: '2010/chapter-8/',
};
