/**
 * Official text -> one MDX file per chapter. Components: <Heading>, <Para> (number, anchor, page,
 * heading path), <Passage> (box or unnumbered text), <Figure>, <Footnote>; a footnote marker in the
 * text is <FootnoteRef n="3" />, linking to the footnote, never merged into the sentence.
 */
import { stringify as yaml } from 'yaml';
import type { OfficialBlock, OfficialChapter, OfficialEdition } from './types.ts';

export const ATTRIBUTION = 'Contains public sector information licensed under the Open Government Licence v3.0.';

/** Escapes text for MDX: markdown and JSX punctuation become literal characters. */
export const escapeMdx = (t: string) => t.replace(/[\\`*_{}[\]<>#|~&]/g, (c) => `\\${c}`).replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([-+])(\s)/, '\\$1$2');
/** An attribute as a JS expression holding JSON (JSX string attributes cannot escape quotes). */
const attr = (v: unknown) => `{${JSON.stringify(v).replace(/[{}<>]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}}`;
/** Text with "[^3]" markers -> escaped MDX with <FootnoteRef>. */
const inline = (t: string) => t.split(/(\[\^\d+\])/).map((part) => {
  const ref = /^\[\^(\d+)\]$/.exec(part);
  return ref ? `<FootnoteRef n="${ref[1]}" />` : escapeMdx(part);
}).join('');

function bullets(list: string[]): string {
  return list.length ? `\n\n${list.map((b) => `- ${inline(b)}`).join('\n')}` : '';
}

function block(b: OfficialBlock): string {
  switch (b.kind) {
    case 'heading': return `<Heading level={${b.level}} page={${b.page}}>${escapeMdx(b.text)}</Heading>`;
    case 'para': return `<Para n=${attr(b.number)} id=${attr(b.anchor)} page={${b.page}} headings=${attr(b.headings)}>\n${inline(b.text)}${bullets(b.bullets)}${b.after ? `\n\n<After>${inline(b.after)}</After>` : ''}\n</Para>`;
    case 'box':
    case 'text': return `<Passage kind="${b.kind}" page={${b.page}}${b.title ? ` title=${attr(b.title)}` : ''} headings=${attr(b.headings)}>\n${inline(b.text)}${bullets(b.bullets)}\n</Passage>`;
    case 'figure': return `<Figure kind="${b.figure}" page={${b.page}} caption=${attr(b.caption)} lines=${attr(b.lines)} />`;
  }
}

export function chapterMdx(edition: OfficialEdition, chapter: OfficialChapter, source: { file: string; imported: string }): string {
  const front = yaml({ edition: edition.edition, chapter: chapter.key, slug: chapter.slug, title: chapter.title, page: chapter.page, scheme: edition.scheme, source: source.file, imported: source.imported, licence: ATTRIBUTION });
  const notes = chapter.footnotes.map((f) => `<Footnote n="${f.number}" page={${f.page}}>${escapeMdx(f.text)}</Footnote>`);
  return `---\n${front}---\n\n${[...chapter.blocks.map(block), ...notes].join('\n\n')}\n`;
}
