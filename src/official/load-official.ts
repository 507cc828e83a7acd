/**
 * Reads an edition's imported official text (content/official/<edition>/*.mdx, git-ignored) into
 * validated chapters, for pages, search and the citation resolver. Absent folder: no official text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { officialChapter, type OfficialChapterFile } from './schema.ts';
import { flattenBody, type BodyPart } from './types.ts';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx);
type Node = { type: string; name?: string; value?: string; attributes?: { name: string; value: unknown }[]; children?: Node[] };

const attrs = (n: Node): Record<string, unknown> => Object.fromEntries((n.attributes ?? []).map((a) => {
  const v = a.value as string | { value: string } | null;
  return [a.name, v === null ? true : typeof v === 'string' ? v : JSON.parse(v.value)];
}));

/** Inline text, with <FootnoteRef n="3" /> back as "[^3]". */
const text = (n: Node): string => (n.type === 'text' ? n.value ?? '' : n.type === 'mdxJsxTextElement' && n.name === 'FootnoteRef' ? `[^${attrs(n).n}]` : (n.children ?? []).map(text).join(''));

const isJsx = (c: Node, name: string) => (c.type === 'mdxJsxFlowElement' || c.type === 'mdxJsxTextElement') && c.name === name;

/** A component's children -> body parts: Markdown paragraphs are text runs, <List> holds <Item>s. */
function body(n: Node): BodyPart[] {
  const parts: BodyPart[] = [];
  for (const c of n.children ?? []) {
    if (isJsx(c, 'List')) {
      const items = (c.children ?? []).flatMap((i) => (isJsx(i, 'Item') ? [{ label: String(attrs(i).label ?? ''), body: body(i) }] : []));
      parts.push({ kind: 'list', style: attrs(c).style as 'bullet', items });
    } else if (c.type === 'paragraph' && c.children?.length === 1 && isJsx(c.children[0], 'List')) parts.push(...body({ type: 'root', children: c.children }));
    else { const t = text(c).trim(); if (t) parts.push({ kind: 'text', text: t }); }
  }
  return parts;
}

function withText(n: Node) {
  const b = body(n);
  const t = flattenBody(b);
  return { body: b, text: t, footnotes: [...new Set([...t.matchAll(/\[\^(\d+)\]/g)].map((m) => m[1]))] };
}

/** One chapter file -> its validated chapter; throws with the file name on a problem. */
export function parseOfficialChapter(source: string, file = 'official chapter'): OfficialChapterFile {
  const tree = parser.parse(source) as unknown as Node;
  const front = tree.children?.find((c) => c.type === 'yaml');
  const blocks: unknown[] = [];
  const footnotes: unknown[] = [];
  // An element alone on one line (<Heading>..</Heading>) parses as inline inside a paragraph.
  const top = (tree.children ?? []).flatMap((n) => (n.type === 'paragraph' && n.children?.every((c) => c.type === 'mdxJsxTextElement' || (c.type === 'text' && !c.value?.trim())) ? n.children.filter((c) => c.type !== 'text') : [n]));
  for (const n of top) {
    if (n.type !== 'mdxJsxFlowElement' && n.type !== 'mdxJsxTextElement') continue;
    const a = attrs(n);
    const place = { page: a.page, pageInferred: a.pageInferred, pageFromFile: a.pageFromFile, pageLabel: a.pageLabel };
    if (n.name === 'Heading') blocks.push({ kind: 'heading', level: a.level, ...place, text: text(n) });
    else if (n.name === 'Para') blocks.push({ kind: 'para', number: a.n, anchor: a.id, ...place, headings: a.headings, ...withText(n) });
    else if (n.name === 'Passage') blocks.push({ kind: a.kind, ...place, frame: a.frame, title: a.title, headings: a.headings, ...withText(n) });
    else if (n.name === 'Figure') blocks.push({ kind: 'figure', figure: a.kind, ...place, lastPage: a.lastPage, lastPageInferred: a.lastPageInferred, lastPageFromFile: a.lastPageFromFile, headings: a.headings ?? [], caption: a.caption, lines: a.lines, rows: a.rows });
    else if (n.name === 'Footnote') footnotes.push({ number: a.n, page: a.page, text: text(n) });
  }
  const result = officialChapter.safeParse({ ...(front ? parseYaml(front.value ?? '') : {}), blocks: blocks.map((b) => JSON.parse(JSON.stringify(b))), footnotes });
  if (!result.success) throw new Error(`${file}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return result.data;
}

/** Every imported chapter of an edition, in page order; [] when the edition has not been imported. */
export function loadOfficial(contentRoot: string, edition: string): OfficialChapterFile[] {
  const dir = join(contentRoot, 'official', edition);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => parseOfficialChapter(readFileSync(join(dir, f), 'utf8'), join(dir, f))).sort((a, b) => a.page - b.page);
}
