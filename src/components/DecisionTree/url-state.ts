/**
 * The widget's state lives in the address bar, so a path can be bookmarked or shared. It lives in
 * the fragment (after #), which browsers never send to the server: the answers stay on the device.
 *
 *   #tree=serious-case-review&edition=2013&what-happened=died&abuse-or-neglect=yes
 *
 * Keys other than "tree" and "edition" are question keys (the schema reserves those two).
 */
import type { Answers } from '../../model/trees/walk.ts';

export interface TreeState {
  edition?: string;
  answers: Answers;
}

/** Reads the state for one tree from a fragment; undefined when the fragment is for something else. */
export function readState(hash: string, treeId: string): TreeState | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (params.get('tree') !== treeId) return undefined;
  const answers: Answers = {};
  for (const [key, value] of params) if (key !== 'tree' && key !== 'edition') answers[key] = value;
  return { edition: params.get('edition') ?? undefined, answers };
}

/**
 * True when a fragment holds a tree's state (any tree's). Other fragments are in-page links
 * ("#main" from the skip link, "#para-5-2"): following one leaves the answers as they were.
 */
export function isTreeState(hash: string): boolean {
  return new URLSearchParams(hash.replace(/^#/, '')).has('tree');
}

/** Writes the state as a fragment, answers in the order given (the path's order). */
export function writeState(treeId: string, state: TreeState): string {
  const params = new URLSearchParams({ tree: treeId });
  if (state.edition) params.set('edition', state.edition);
  for (const [key, value] of Object.entries(state.answers)) params.append(key, value);
  return `#${params.toString()}`;
}
