/**
 * Reads one chapter MDX file into its front matter, sections and provisions, each with the line
 * it starts on. Only the shapes the README documents are accepted: <Section> at the top level,
 * <P> inside sections, Markdown inside provisions. Anything else is reported, not guessed at.
 */
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import { LineCounter, parseDocument, isNode } from 'yaml';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { ContentError } from '../validation/content-error.ts';
import type { Locate } from '../validation/zod-issues.ts';

/** An element's attributes as written, and the line of each. */
export interface RawElement {
  attrs: Record<string, string>;
  line: number;
  attrLines: Record<string, number>;
}
export interface RawProvision extends RawElement {
  /** The Markdown of the summary (mdast nodes), rendered later. */
  body: RootContent[];
}
export interface RawSection extends RawElement {
  provisions: RawProvision[];
}
export interface RawChapterFile {
  file: string;
  frontmatter: unknown;
  locateFrontmatter: Locate;
  sections: RawSection[];
}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx);

const isComment = (n: RootContent) =>
  (n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression') && /^\s*\/\*[\s\S]*\*\/\s*$/.test(n.value);

export function readChapterFile(absPath: string, relPath: string): { chapter?: RawChapterFile; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const err = (code: string, line: number, message: string, fix: string) =>
    errors.push({ code, file: relPath, line, message, fix });
  let tree: Root;
  try {
    tree = parser.parse(readFileSync(absPath, 'utf8')) as Root;
  } catch (e) {
    const x = e as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message: string };
    const line = x.line ?? x.place?.line ?? x.place?.start?.line ?? 1;
    err('mdx-syntax', line, `The MDX does not parse: ${x.reason ?? x.message}`, 'close every <Section> and <P> tag, and quote attribute values ("...")');
    return { errors };
  }

  const readElement = (node: MdxJsxFlowElement): RawElement => {
    const attrs: Record<string, string> = {};
    const attrLines: Record<string, number> = {};
    const line = node.position?.start.line ?? 1;
    for (const a of node.attributes) {
      const aLine = a.position?.start.line ?? line;
      if (a.type !== 'mdxJsxAttribute' || typeof a.value !== 'string') {
        const name = a.type === 'mdxJsxAttribute' ? a.name : '{...}';
        err('attribute-not-text', aLine, `<${node.name}> attribute ${name} is not a quoted text value.`, `write it as ${name}="..."`);
        continue;
      }
      attrs[a.name] = a.value;
      attrLines[a.name] = aLine;
    }
    return { attrs, line, attrLines };
  };

  let frontmatter: unknown = undefined;
  let locateFrontmatter: Locate = () => 1;
  const sections: RawSection[] = [];
  for (const node of tree.children) {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'yaml') {
      const lc = new LineCounter();
      const doc = parseDocument(node.value, { lineCounter: lc });
      if (doc.errors.length) {
        err('yaml-syntax', line + lc.linePos(doc.errors[0].pos[0]).line, `The front matter does not parse: ${doc.errors[0].message.split('\n')[0]}`, 'check its indentation and quoting');
        continue;
      }
      frontmatter = doc.toJS();
      locateFrontmatter = (path) => {
        for (let n = path.length; n > 0; n--) {
          const v = doc.getIn(path.slice(0, n) as (string | number)[], true);
          if (isNode(v) && v.range) return line + lc.linePos(v.range[0]).line;
        }
        return line;
      };
    } else if (node.type === 'mdxJsxFlowElement' && node.name === 'Section') {
      const section: RawSection = { ...readElement(node), provisions: [] };
      for (const child of node.children) {
        const cLine = child.position?.start.line ?? section.line;
        if (child.type === 'mdxJsxFlowElement' && child.name === 'P') {
          const body = child.children as RootContent[];
          for (const b of body) {
            if (b.type.startsWith('mdxJsx') || b.type === 'mdxjsEsm' || (b.type.startsWith('mdx') && !isComment(b)))
              err('unexpected-element', b.position?.start.line ?? cLine, 'A provision holds only Markdown text.', 'remove the component or expression from the provision');
          }
          section.provisions.push({ ...readElement(child), body: body.filter((b) => !isComment(b)) });
        } else if (!isComment(child as RootContent)) {
          err('stray-content', cLine, 'Text or an element inside a <Section> but outside a provision.', 'put it inside a <P id="..." title="..."> provision, or remove it');
        }
      }
      sections.push(section);
    } else if (!isComment(node)) {
      const what = node.type === 'mdxJsxFlowElement' ? `<${node.name}>` : 'Text';
      err('stray-content', line, `${what} outside any <Section>.`, 'wrap provisions in <Section id="..." heading="..."> ... </Section>');
    }
  }
  if (frontmatter === undefined)
    err('missing-frontmatter', 1, 'The file has no front matter.', 'start the file with --- and the chapter fields (edition, kind, number, title ...) ---');
  return { chapter: { file: relPath, frontmatter, locateFrontmatter, sections }, errors };
}
