/** Open data: every provision of every edition, with its permanent address and lineage. */
import type { APIRoute } from 'astro';
import { provisionsFile } from '../../../model/open-data/build.ts';
import { dataContext, json } from '../../../model/open-data/context.ts';

export const GET: APIRoute = ({ site }) => json(provisionsFile(dataContext(site)));
