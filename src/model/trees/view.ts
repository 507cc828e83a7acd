/**
 * What the decision tree widget and its no-JavaScript outline need, as plain serialisable data:
 * every variant of a tree and of its counterparts, with each citation resolved to the form a
 * local procedure would use, its permanent address (under the site's base path), its time limit
 * and anything our content could not confirm.
 */
import { citationFor } from '../citations.ts';
import { factsInWords } from '../facts.ts';
import { chapterOf, currentEdition, getEdition, getProvision, sectionOf } from '../queries.ts';
import { statusView } from '../confirmation/view.ts';
import type { ShownStatus } from '../confirmation/words.ts';
import { plainNote } from '../reader-notes.ts';
import { caveatsOf, caveatText } from '../caveats.ts';
import { withBase } from '../render-body.ts';
import type { Site } from '../types.ts';
import { variantGraph } from './graph.ts';
import { treeFamily } from './family.ts';
import type { LoadedTree } from './load-trees.ts';
import { keyOf, type Walkable } from './walk.ts';
import { localNotesForOutcome } from '../local/index.ts';
import { localNoteItemsHtml } from '../../components/LocalNote/local-notes-html.ts';

export interface CitationView {
  id: string;
  /** "Working Together 2010, para 5.84", or the section where no number is known. */
  citation: string;
  /** The provision's short title. */
  title: string;
  /** Its permanent address, with the base path. */
  href: string;
  /** Who holds the duty, and must/should/may, in words, e.g. "Local authority (must)". */
  duty?: string;
  /** "within 5 working days", where the provision sets a time limit. */
  within?: string;
  /** What our content could not confirm about it: the provision's note, then its section's. */
  unsure: string[];
  /** Set when the provision is carried forward, not confirmed (or its official text changed), for this edition: said in words. */
  unconfirmed?: string;
  /** Set when the provision is carried forward from the previous edition: its badge, linked to what it means, and what it rests on. */
  status?: { kind: ShownStatus; label: string; href: string; sentence: string };
}

export type NodeView =
  | { kind: 'question'; id: string; key: string; text: string; hint?: string; answers: { id: string; label: string; next: string }[] }
  | { kind: 'outcome'; id: string; title: string; paragraphs: string[]; cites: CitationView[]; seeAlso: { title: string; href: string }[]; localHtml?: string };

export interface VariantView extends Walkable<NodeView> {
  edition: string;
  /** "Working Together 2013". */
  editionTitle: string;
  /** Whether the edition is in force. */
  current: boolean;
  /** The tree this variant belongs to (a counterpart's variants are included too). */
  treeId: string;
  treeTitle: string;
  treeHref: string;
  immediateDanger: CitationView[];
}

export interface TreeView {
  id: string;
  title: string;
  summary: string;
  href: string;
  /** The editions this tree itself covers. */
  editions: string[];
  /** Every variant of the tree and its counterparts, one per edition, in edition order. */
  variants: VariantView[];
  /** The edition shown first when the address bar does not name one. */
  defaultEdition: string;
}

const treeHref = (base: string, id: string) => withBase(base, `/trees/${id}/`);

/** A local layer's notes on an outcome ("contact the front door on ..."), as HTML, only where there are some. */
function localOf(site: Site, tree: string, outcome: string, edition: string): { localHtml?: string } {
  const local = localNotesForOutcome(site, tree, outcome, edition);
  return local.length ? { localHtml: localNoteItemsHtml(local) } : {};
}

function citationView(site: Site, edition: string, id: string, base: string): CitationView {
  const p = getProvision(site, edition, id)!;
  const e = getEdition(site, edition)!;
  const section = sectionOf(site, p);
  const facts = factsInWords(site, p);
  // The widget adds "Check the official text." itself; source ids become titles (reader-notes.ts).
  const unsure = [...caveatsOf(site, p).map(caveatText), section.unsure].filter((u): u is string => !!u).map((u) => plainNote(site, u));
  return {
    id,
    citation: citationFor(e, chapterOf(site, p), section, p),
    title: p.title,
    href: withBase(base, p.path),
    duty: facts?.duty.length ? `${facts.duty.join(', ')}${facts.modality ? ` (${facts.modality})` : ''}` : undefined,
    within: facts?.within,
    unsure,
    ...statusFields(site, p, base),
  };
}

function statusFields(site: Site, p: Parameters<typeof statusView>[1], base: string): Pick<CitationView, 'unconfirmed' | 'status'> {
  const v = statusView(site, p);
  if (!v) return {};
  const status = { kind: v.status, label: v.label, href: withBase(base, v.explain), sentence: v.sentence };
  return v.status === 'confirmed' ? { status } : { status, unconfirmed: `${v.label}: ${v.sentence}` };
}

/** The view of one tree with its counterparts, from every tree (for titles of linked trees). */
export function treeView(site: Site, trees: LoadedTree[], id: string, base: string, preferred?: string): TreeView {
  const family = treeFamily(trees, id);
  const self = family.find((t) => t.id === id)!;
  const titles = new Map(trees.map((t) => [t.id, t.tree.title]));
  const variants: VariantView[] = family.flatMap((t) =>
    t.tree.variants.flatMap((v) =>
      v.editions.map((edition): VariantView => {
        const graph = variantGraph(v);
        const nodes: Record<string, NodeView> = {};
        for (const [nid, n] of Object.entries(graph.nodes)) {
          nodes[nid] = n.kind === 'question'
            ? { kind: 'question', id: n.id, key: keyOf(n), text: n.text, hint: n.hint, answers: n.answers.map((a) => ({ ...a })) }
            : {
                kind: 'outcome', id: n.id, title: n.title,
                paragraphs: n.text.split(/\n+/).map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean),
                cites: n.cites.map((c) => citationView(site, edition, c, base)),
                seeAlso: (n.seeAlso ?? []).map((s) => ({ title: titles.get(s) ?? s, href: treeHref(base, s) })),
                ...localOf(site, t.id, n.id, edition),
              };
        }
        const e = getEdition(site, edition)!;
        return {
          edition, editionTitle: e.shortTitle, current: e.status === 'current',
          treeId: t.id, treeTitle: t.tree.title, treeHref: treeHref(base, t.id),
          start: v.start, nodes,
          immediateDanger: v.immediateDanger.map((c) => citationView(site, edition, c, base)),
        };
      }),
    ),
  ).sort((a, b) => a.edition.localeCompare(b.edition));
  const own = [...self.tree.editions].sort();
  // Without a preference, the edition in force (or, for a tree about older editions, its newest).
  const inForce = currentEdition(site)?.id;
  return {
    id, title: self.tree.title, summary: self.tree.summary, href: treeHref(base, id), editions: own, variants,
    defaultEdition: preferred && own.includes(preferred) ? preferred : inForce && own.includes(inForce) ? inForce : own[own.length - 1],
  };
}
