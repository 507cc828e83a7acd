/** The national amendments feed (Atom 1.0): every entry of content/amendments.yaml, newest first. */
import type { APIRoute } from 'astro';
import { getSite } from '../../model/index.ts';
import { getAmendments } from '../../model/amendments/feature.ts';
import { atomFeed } from '../../model/amendments/atom.ts';
import { absoluteFor } from '../../model/open-data/context.ts';

export const GET: APIRoute = ({ site }) => {
  const absolute = absoluteFor(site, import.meta.env.BASE_URL);
  const body = atomFeed({
    self: absolute('/amendments/feed.xml'), page: absolute('/amendments/'), log: absolute('/amendments/'),
    title: 'Working Together Navigator: amendments and updates',
    subtitle: 'New editions, official amendments, corrections of our summaries and currency checks of this guide to Working Together to Safeguard Children.',
    entries: getAmendments(getSite()).entries, absolute,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
