/**
 * Checks an Atom feed against RFC 4287's required elements, after parsing it with a strict XML
 * parser (@xmldom/xmldom; any warning stops it): the feed and every entry have exactly one id (an
 * absolute IRI), title and updated (an RFC 3339 date); the feed has an author (or every entry
 * does) and a self link; every entry has an alternate link or content; ids are unique.
 * Returns the problems (empty when valid) and the parsed entries for further checks.
 */
import { DOMParser, onWarningStopParsing, type Element } from '@xmldom/xmldom';

export const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

export interface AtomEntry { id: string; title: string; updated: string; links: string[]; categories: string[]; summary: string }

const kids = (el: Element, name: string) => Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).namespaceURI === ATOM && (n as Element).localName === name);

export function checkAtom(xml: string): { problems: string[]; title: string; entries: AtomEntry[] } {
  const problems: string[] = [];
  let root: Element;
  try {
    root = new DOMParser({ onError: onWarningStopParsing }).parseFromString(xml, 'application/xml').documentElement!;
  } catch (e) {
    return { problems: [`not well-formed XML: ${(e as Error).message}`], title: '', entries: [] };
  }
  if (root.namespaceURI !== ATOM || root.localName !== 'feed') problems.push(`the root element is ${root.localName} in ${root.namespaceURI}, not an Atom feed`);
  const one = (el: Element, name: string, where: string) => {
    const found = kids(el, name);
    if (found.length !== 1) problems.push(`${where} has ${found.length} <${name}> elements, not exactly one`);
    return found[0]?.textContent ?? '';
  };
  const absolute = (v: string, what: string) => { try { new URL(v); } catch { problems.push(`${what} "${v}" is not an absolute IRI`); } };
  absolute(one(root, 'id', 'the feed'), 'the feed id');
  const title = one(root, 'title', 'the feed');
  const updated = one(root, 'updated', 'the feed');
  if (!RFC3339.test(updated)) problems.push(`the feed's updated "${updated}" is not an RFC 3339 date`);
  const self = kids(root, 'link').find((l) => l.getAttribute('rel') === 'self');
  if (!self) problems.push('the feed has no rel="self" link');
  else absolute(self.getAttribute('href') ?? '', 'the self link');
  const feedAuthor = kids(root, 'author').length > 0;
  const ids = new Set<string>();
  const entries = kids(root, 'entry').map((e, i) => {
    const where = `entry ${i + 1}`;
    const id = one(e, 'id', where);
    absolute(id, `${where}'s id`);
    if (ids.has(id)) problems.push(`${where} repeats the id ${id}`);
    ids.add(id);
    const up = one(e, 'updated', where);
    if (!RFC3339.test(up)) problems.push(`${where}'s updated "${up}" is not an RFC 3339 date`);
    if (!feedAuthor && kids(e, 'author').length === 0) problems.push(`${where} has no author and the feed names none`);
    const links = kids(e, 'link').filter((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate').map((l) => l.getAttribute('href') ?? '');
    if (!links.length && !kids(e, 'content').length) problems.push(`${where} has neither an alternate link nor content`);
    links.forEach((l) => absolute(l, `${where}'s link`));
    return { id, title: one(e, 'title', where), updated: up, links, categories: kids(e, 'category').map((c) => c.getAttribute('term') ?? ''), summary: kids(e, 'summary')[0]?.textContent ?? '' };
  });
  return { problems, title, entries };
}
