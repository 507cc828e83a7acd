/**
 * Lists a summary restates: where a provision sets out a list (a bulleted list in its summary) and
 * a key change names most of its items, it names all of them, or says it gives examples ("such as",
 * "for example", "among others") or lists what was added ("widened to include"). Items joined by "or" inside one bullet ("kinship care or special
 * guardianship") count separately. An item is named when the text uses one of the words that
 * belong to that item alone.
 */
import { toString } from 'mdast-util-to-string';
import type { RootContent } from 'mdast';

const STOP = new Set(('a an and are as at be been being by can for from has have in into is it its may must of on or should ' +
  'such than that the their them then there these they this those to under was were where which who whose will with within without ' +
  'not any all other others also only more most very about after before over out up').split(' '));

/** Content words, crudely stemmed, so "adopted" and "adoption" or "carers" and "carer" meet. */
const words = (s: string) => (s.toLowerCase().match(/[a-z][a-z'’]+/g) ?? []).filter((w) => !STOP.has(w) && w.length > 2).map((w) => w.replace(/(?:ies|es|s|ed|ing|ion)$/, ''));

/**
 * A summary that says it gives examples ("such as"), or that lists what was added ("widened to
 * include", "adds"), is not restating the whole list.
 */
const PARTIAL = /\b(?:such as|for example|for instance|among others|e\.g\.|widened|extended|expanded|adds?|added|now also)\b/i;

/** The items of each bulleted list in a provision's summary, split at "or" and ";" (parts of under two words stay with the item before). */
export function listsOf(body: RootContent[]): string[][] {
  const lists: string[][] = [];
  const walk = (n: RootContent | { type: string; children?: unknown[] }) => {
    if (n.type === 'list' && 'children' in n) {
      const items: string[] = [];
      for (const li of n.children as RootContent[])
        for (const part of toString(li).split(/\s+or\s+|;\s*/).filter((x) => x.trim())) {
          if (words(part).length < 2 && items.length) items[items.length - 1] += ` or ${part}`;
          else items.push(part);
        }
      lists.push(items);
    }
    if ('children' in n && Array.isArray(n.children)) for (const c of n.children) walk(c as RootContent);
  };
  body.forEach(walk);
  return lists;
}

/** Where the text names most, but not all, items of a list the provision sets out: one sentence each. */
export function listDisagreements(text: string, provisions: { id: string; body: RootContent[] }[]): string[] {
  if (PARTIAL.test(text)) return [];
  const said = new Set(words(text));
  const out: string[] = [];
  for (const p of provisions)
    for (const items of listsOf(p.body)) {
      const sets = items.map((i) => new Set(words(i)));
      const own = sets.map((s) => [...s].filter((w) => sets.filter((o) => o.has(w)).length === 1));
      const named = own.map((ws) => ws.some((w) => said.has(w)));
      const n = named.filter(Boolean).length;
      if (n >= 2 && n < items.length && n / items.length >= 0.75)
        out.push(`names ${n} of the ${items.length} items that "${p.id}" lists, leaving out ${items.filter((_, i) => !named[i]).map((i) => `"${i.trim().replace(/[;,.]$/, '')}"`).join(', ')}`);
    }
  return out;
}
