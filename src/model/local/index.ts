/**
 * The local layer for pages: the notes at each kind of place, ready to show. Every function
 * returns nothing when the build has no layer, so pages call them unconditionally.
 */
import type { ChartModel } from '../flowcharts/types.ts';
import type { ProvisionModel, SectionModel, Site } from '../types.ts';
import { getLocalLayer } from './feature.ts';
import { placeKey } from './types.ts';
import { notesAt, type LocalNoteView } from './views.ts';

export { getLocalLayer } from './feature.ts';
export type { LocalNoteView } from './views.ts';

export const localNotesForProvision = (site: Site, p: ProvisionModel): LocalNoteView[] => notesAt(site, getLocalLayer(site), placeKey.provision(p.edition, p.id));
export const localNotesForSection = (site: Site, s: SectionModel): LocalNoteView[] => notesAt(site, getLocalLayer(site), placeKey.section(s.edition, s.id));
export const localNotesForStep = (site: Site, chart: Pick<ChartModel, 'edition' | 'id'>, node: string): LocalNoteView[] => notesAt(site, getLocalLayer(site), placeKey.step(chart.edition, chart.id, node));
export const localNotesForOutcome = (site: Site, tree: string, outcome: string, edition: string): LocalNoteView[] => notesAt(site, getLocalLayer(site), placeKey.outcome(edition, tree, outcome));
