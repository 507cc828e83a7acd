/**
 * Official text -> one MDX file per chapter. Components: <Heading>, <Para> (number, anchor, page,
 * heading path), <Passage> (a box or unnumbered text), <Figure> (caption, lines, table cells),
 * <Footnote>. A body is Markdown paragraphs and <List style="alpha"> of <Item label="(a)">, nested
 * as printed; a footnote marker in the text is <FootnoteRef n="3" />, never merged into the sentence.
 */
import { stringify as yaml } from 'yaml';
import type { BodyPart, OfficialBlock, OfficialChapter, OfficialEdition } from './types.ts';

export const ATTRIBUTION = 'Contains public sector information licensed under the Open Government Licence v3.0.';

/** Escapes text for MDX: markdown and JSX punctuation become literal characters. */
export const escapeMdx = (t: string) => t.replace(/[\\`*_{}[\]<>#|~&]/g, (c) => `\\${c}`).replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([-+=])/, '\\$1');
/** An attribute as a JS expression holding JSON (JSX string attributes cannot escape quotes). */
const attr = (v: unknown) => `{${JSON.stringify(v).replace(/[{}<>]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}}`;
/** Text with "[^3]" markers -> escaped MDX with <FootnoteRef>. */
const inline = (t: string) => t.split(/(\[\^\d+\])/).map((part) => {
  const ref = /^\[\^(\d+)\]$/.exec(part);
  return ref ? `<FootnoteRef n="${ref[1]}" />` : escapeMdx(part);
}).join('');

/** A body as blocks separated by blank lines: paragraphs and lists of items, nested. */
export function bodyMdx(body: BodyPart[]): string {
  return body.map((p) => (p.kind === 'text'
    ? inline(p.text)
    : `<List style="${p.style}">\n${p.items.map((i) => `<Item label=${attr(i.label)}>\n${bodyMdx(i.body)}\n</Item>`).join('\n')}\n</List>`)).join('\n\n');
}

const pageAttrs = (b: { page: number; pageInferred?: true; pageFromFile?: true; pageLabel?: string }) => `page={${b.page}}${b.pageInferred ? ' pageInferred' : ''}${b.pageFromFile ? ' pageFromFile' : ''}${b.pageLabel ? ` pageLabel=${attr(b.pageLabel)}` : ''}`;

function block(b: OfficialBlock): string {
  switch (b.kind) {
    case 'heading': return `<Heading level={${b.level}} ${pageAttrs(b)}>${escapeMdx(b.text)}</Heading>`;
    case 'para': return `<Para n=${attr(b.number)} id=${attr(b.anchor)} ${pageAttrs(b)} headings=${attr(b.headings)}>\n${bodyMdx(b.body)}\n</Para>`;
    case 'box':
    case 'text': return `<Passage kind="${b.kind}" ${pageAttrs(b)}${b.frame ? ` frame="${b.frame}"` : ''}${b.title ? ` title=${attr(b.title)}` : ''} headings=${attr(b.headings)}>\n${bodyMdx(b.body)}\n</Passage>`;
    case 'figure': return `<Figure kind="${b.figure}" ${pageAttrs(b)}${b.lastPage ? ` lastPage={${b.lastPage}}${b.lastPageInferred ? ' lastPageInferred' : ''}${b.lastPageFromFile ? ' lastPageFromFile' : ''}` : ''} headings=${attr(b.headings)} caption=${attr(b.caption)} lines=${attr(b.lines)}${b.rows ? ` rows=${attr(b.rows)}` : ''} />`;
  }
}

export function chapterMdx(edition: OfficialEdition, chapter: OfficialChapter, source: { file: string; imported: string }): string {
  const front = yaml({ edition: edition.edition, chapter: chapter.key, slug: chapter.slug, title: chapter.title, page: chapter.page, scheme: edition.scheme, source: source.file, imported: source.imported, licence: ATTRIBUTION });
  const notes = chapter.footnotes.map((f) => `<Footnote n="${f.number}" page={${f.page}}>${escapeMdx(f.text)}</Footnote>`);
  return `---\n${front}---\n\n${[...chapter.blocks.map(block), ...notes].join('\n\n')}\n`;
}
