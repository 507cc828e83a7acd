/** Open data: every lineage link between consecutive editions, and every removal. */
import type { APIRoute } from 'astro';
import { lineageFile } from '../../../model/open-data/build.ts';
import { dataContext, json } from '../../../model/open-data/context.ts';

export const GET: APIRoute = ({ site }) => json(lineageFile(dataContext(site)));
