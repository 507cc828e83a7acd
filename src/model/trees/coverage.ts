/**
 * Which editions a tree covers, in the order readers meet them, and what to say before its first
 * question when none of them is in force (a tree about serious case reviews covers 2010 to 2015
 * only): the outline lists the edition shown first (the one in force, else the tree's newest)
 * first, then the others from newest to oldest.
 */
import type { TreeView, VariantView } from './view.ts';

/** The tree's own variants, the edition shown first leading, then newest to oldest. */
export function outlineOrder(view: TreeView): VariantView[] {
  const own = view.variants.filter((v) => v.treeId === view.id);
  const rank = (v: VariantView) => (v.edition === view.defaultEdition ? 1 : 0);
  return [...own].sort((a, b) => rank(b) - rank(a) || b.edition.localeCompare(a.edition));
}

export interface OlderOnly {
  /** "Working Together 2010, 2013 and 2015". */
  editions: string;
  /** "Working Together 2026". */
  inForce: string;
  /** The tree that makes the same decision under the edition in force, if there is one. */
  counterpart?: { title: string; href: string };
}

/** Set when none of the tree's own editions is in force; `inForce` names the edition that is. */
export function olderOnly(view: TreeView, inForce: string): OlderOnly | null {
  const own = view.variants.filter((v) => v.treeId === view.id);
  if (own.some((v) => v.current)) return null;
  const years = [...own].sort((a, b) => a.edition.localeCompare(b.edition)).map((v) => v.edition);
  const editions = `Working Together ${years.length > 1 ? `${years.slice(0, -1).join(', ')} and ${years.at(-1)}` : years[0]}`;
  const later = view.variants.find((v) => v.current && v.treeId !== view.id);
  return { editions, inForce, counterpart: later ? { title: later.treeTitle, href: later.treeHref } : undefined };
}
