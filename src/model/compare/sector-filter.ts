/**
 * The "Falls on" filter of a comparison and its action plan (runs in the browser too): an item
 * shows when no group is chosen, when it falls on a chosen group, or when it falls on all
 * practitioners, which every sector's manager needs to see.
 */
export const EVERY_SECTOR = 'practitioners';

export function fallsUnder(itemGroups: readonly string[], chosen: readonly string[]): boolean {
  if (chosen.length === 0) return true;
  return itemGroups.includes(EVERY_SECTOR) || chosen.some((g) => itemGroups.includes(g));
}
