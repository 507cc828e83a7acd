/** Open data: typed changes between each pair of consecutive editions, e.g. /data/v1/changes/2018-2023.json. */
import type { APIRoute } from 'astro';
import { getSite } from '../../../../model/index.ts';
import { changesFile, consecutivePairs } from '../../../../model/open-data/build.ts';
import { dataContext, json } from '../../../../model/open-data/context.ts';

export function getStaticPaths() {
  return consecutivePairs(getSite()).map(([older, newer]) => ({ params: { pair: `${older}-${newer}` }, props: { older, newer } }));
}

export const GET: APIRoute = ({ site, props }) => json(changesFile(dataContext(site), props.older as string, props.newer as string));
