import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseOfficialChapter } from '../../src/official/load-official.ts';
import { proposeProvisionMap } from '../../src/official/provision-map.ts';
import { chapterMdx } from '../../src/official/write-mdx.ts';
import { flattenBody, type BodyPart, type OfficialChapter } from '../../src/official/types.ts';

const body11: BodyPart[] = [
  { kind: 'text', text: 'Tools are signed out in the book[^1] by the keeper; 3 < 4 & {braces} stay "quoted".' },
  { kind: 'list', style: 'alpha', items: [
    { label: '(a)', body: [{ kind: 'text', text: 'spades, which' }, { kind: 'list', style: 'roman', items: [{ label: '(i)', body: [{ kind: 'text', text: 'are oiled;' }] }, { label: '(ii)', body: [{ kind: 'text', text: '- are dried' }] }] }] },
    { label: '(b)', body: [{ kind: 'text', text: '1. forks' }] },
  ] },
  { kind: 'list', style: 'bullet', items: [{ label: '•', body: [{ kind: 'text', text: '# hoes' }] }] },
  { kind: 'text', text: 'Then they come back clean.' },
];

const chapter: OfficialChapter = {
  key: '1', slug: 'chapter-1', title: 'Chapter 1: Tools {and} <sheds>', page: 3, footnotes: [{ number: '1', page: 3, text: 'A rota is a list of *names*.' }],
  blocks: [
    { kind: 'heading', level: 2, page: 3, text: 'Lending' },
    { kind: 'para', number: '1.1', anchor: 'para-1-1', page: 3, headings: ['Chapter 1: Tools', 'Lending'], body: body11, text: flattenBody(body11), footnotes: ['1'] },
    { kind: 'para', number: '1.2', anchor: 'para-1-2', page: 4, headings: ['Chapter 1: Tools', 'Lending'], body: [{ kind: 'text', text: 'Hoses are coiled on the reel after watering the seedlings.' }], text: 'Hoses are coiled on the reel after watering the seedlings.', footnotes: [] },
    { kind: 'box', frame: 'bar', page: 4, headings: [], title: 'Tip', body: [{ kind: 'text', text: 'Oil the hinges.' }], text: 'Oil the hinges.', footnotes: [] },
    { kind: 'figure', figure: 'table', page: 4, lastPage: 5, headings: [], caption: 'Table 1', lines: ['a | b'], rows: [['a', 'b']] },
    { kind: 'para', number: 'A1', anchor: 'para-a1', page: 6, pageLabel: 'vi', headings: ['Annex A'], body: [{ kind: 'text', text: 'Annex paragraphs keep their own numbers.' }], text: 'Annex paragraphs keep their own numbers.', footnotes: [] },
  ],
};

test('an imported chapter written as MDX reads back to the same text, markers and all', () => {
  const mdx = chapterMdx({ edition: '2010', scheme: 'chapter-dot-paragraph', chapters: [chapter] }, chapter, { file: 'x.pdf', imported: '2026-12-03' });
  assert.match(mdx, /<FootnoteRef n="1" \/>/);
  const back = parseOfficialChapter(mdx);
  assert.equal(back.title, chapter.title);
  assert.match(back.licence, /Open Government Licence v3\.0/);
  const p = back.blocks[1];
  assert.ok(p.kind === 'para');
  assert.deepEqual(p.body, body11, 'lists nested as printed, labels kept, Markdown-looking text kept literal');
  assert.equal(p.text, flattenBody(body11));
  assert.match(p.text, /^Tools are .* \(a\) spades, which \(i\) are oiled; \(ii\) - are dried \(b\) 1\. forks # hoes Then they come back clean\.$/);
  assert.deepEqual([p.footnotes, p.page], [['1'], 3]);
  assert.deepEqual(back.footnotes, chapter.footnotes);
  assert.deepEqual(back.blocks.map((b) => b.kind), ['heading', 'para', 'para', 'box', 'figure', 'para']);
  assert.deepEqual(JSON.parse(JSON.stringify(back.blocks.slice(3))), JSON.parse(JSON.stringify(chapter.blocks.slice(3))), 'boxes, figures and annex numbers read back as written');
});

test('a hand-edited file with a bad paragraph number fails, naming the file', () => {
  const mdx = chapterMdx({ edition: '2010', scheme: 'chapter-dot-paragraph', chapters: [chapter] }, chapter, { file: 'x.pdf', imported: '2026-12-03' }).replace('n={"1.2"}', 'n={"one"}');
  assert.throws(() => parseOfficialChapter(mdx, 'chapter-1.mdx'), /chapter-1\.mdx: blocks\.2\.number/);
});

test('a provision is proposed against the paragraphs it summarises, and stated numbers are checked', () => {
  const paragraphs = chapter.blocks.flatMap((b) => (b.kind === 'para' && b.number !== 'A1' ? [{ number: b.number, chapter: 'chapter-1', text: b.text, headings: b.headings }] : []));
  const [map] = proposeProvisionMap([{ id: 'hose-care', chapter: 'chapter-1', title: 'Coiling hoses', text: 'After watering, hoses go back on their reel.', section: 'Lending', stated: ['1.2', '1.9'] }], paragraphs);
  assert.equal(map.proposed[0].number, '1.2');
  assert.deepEqual(map.missing, ['1.9']);
});
