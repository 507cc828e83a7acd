/** One area's feed (Atom 1.0): the national amendments and that area's local updates, newest first. */
import type { APIRoute } from 'astro';
import { getSite } from '../../../model/index.ts';
import { getAmendments } from '../../../model/amendments/feature.ts';
import { atomFeed } from '../../../model/amendments/atom.ts';
import { getLocalLayer } from '../../../model/local/index.ts';
import type { LocalArea } from '../../../model/local/types.ts';
import { areaLog, localLogEntries } from '../../../model/local/log.ts';
import { absoluteFor } from '../../../model/open-data/context.ts';

export function getStaticPaths() {
  const layer = getLocalLayer(getSite());
  return layer ? layer.areas.map((area) => ({ params: { area: area.id }, props: { area } })) : [];
}

export const GET: APIRoute = ({ site, props }) => {
  const area = props.area as LocalArea;
  const s = getSite();
  const layer = getLocalLayer(s)!;
  const absolute = absoluteFor(site, import.meta.env.BASE_URL);
  const body = atomFeed({
    self: absolute(`/local/${area.id}/feed.xml`), page: absolute(`/local/${area.id}/`), log: absolute('/amendments/'),
    title: `${area.name}: Working Together amendments and local updates`,
    subtitle: `National amendments to this guide to Working Together to Safeguard Children, and local updates from ${area.partnership.name} for ${area.name}.`,
    entries: areaLog(getAmendments(s).entries, localLogEntries(s, layer), area.id), absolute,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
