/** The structured facts of a provision, in words for readers: who, must/should/may, timescales. */
import { formatTimescale } from '../schemas/timescale.ts';
import type { ProvisionModel, Site } from './types.ts';

export interface FactsInWords {
  duty: string[];
  modality?: string;
  within?: string;
  every?: string;
}

export function factsInWords(site: Site, p: ProvisionModel): FactsInWords | null {
  if (!p.duty.length && !p.modality && !p.within && !p.every) return null;
  return {
    duty: p.duty.map((id) => site.dutyHolders.get(id)?.name ?? id),
    modality: p.modality,
    within: p.within && `within ${formatTimescale(p.within)}`,
    every: p.every && `every ${formatTimescale(p.every)}`,
  };
}
