/**
 * A new edition in the terminology crosswalk (content/terms.yaml), as npm run new-edition writes
 * it: everything in the new edition is carried forward unconfirmed, so every name the previous
 * edition uses (or uses unconfirmed) is "not confirmed" for it, and every name it mentions only is
 * mentioned, for the same reason. The build's check (src/model/terms/check-usage.ts) then holds,
 * and each status moves to "used" as provisions are confirmed. The file is edited in place (each
 * change inserted where the parsed YAML says its list or map ends), so comments and layout stay.
 */
import { isMap, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';

const has = (seq: unknown, id: string) => isSeq(seq) && (seq as YAMLSeq).items.some((i) => String((i as { value?: unknown }).value ?? i) === id);
/** The offset of a flow collection's closing bracket, from its parsed range. */
const closing = (text: string, node: { range?: [number, number, number] | null }, bracket: string) => text.lastIndexOf(bracket, node.range![1] - 1);

/** terms.yaml's text with `id` added after `previous` for every name; the number of names changed. */
export function termsForEdition(text: string, previous: string, id: string): { text: string; changed: number } {
  const doc = parseDocument(text, { keepSourceTokens: true });
  const edits: { at: number; insert: string }[] = [];
  const terms = doc.contents;
  if (!isSeq(terms)) return { text, changed: 0 };
  const column = (at: number) => at - (text.lastIndexOf('\n', at - 1) + 1);
  /** Adds `key: value` to a map, inside its braces (flow) or on a line of its own at its keys' indent (block). */
  const addTo = (map: YAMLMap, entry: string) => {
    if (map.flow) edits.push({ at: closing(text, map, '}'), insert: `, ${entry} ` });
    else edits.push({ at: (map.items.at(-1)!.value as { range: [number, number] }).range[1], insert: `\n${' '.repeat(column((map.items[0].key as { range: [number] }).range[0]))}${entry}` });
  };
  for (const term of terms.items) {
    const names = isMap(term) ? (term as YAMLMap).get('names') : undefined;
    if (!isSeq(names)) continue;
    for (const name of names.items) {
      if (!isMap(name)) continue;
      const n = name as YAMLMap;
      if (has(n.get('editions'), id) || has(n.get('notConfirmed'), id)) continue;
      const list = n.get('notConfirmed') as YAMLSeq | undefined;
      const mentioned = n.get('mentioned') as YAMLMap | undefined;
      if (has(n.get('editions'), previous) || has(list, previous)) {
        if (isSeq(list) && list.flow) edits.push({ at: closing(text, list, ']'), insert: list.items.length ? `, '${id}'` : `'${id}'` });
        else addTo(n, `notConfirmed: ['${id}']`);
      } else if (isMap(mentioned) && mentioned.has(previous) && !mentioned.has(id)) {
        addTo(mentioned, `'${id}': ${JSON.stringify(`${mentioned.get(previous)} (carried forward from ${previous}, not confirmed)`)}`);
      }
    }
  }
  let out = text;
  for (const e of edits.sort((a, b) => b.at - a.at)) out = `${out.slice(0, e.at).replace(/\s+$/, '')}${e.insert}${out.slice(e.at)}`;
  return { text: out, changed: edits.length };
}
