/** Open data: the list of files of version 1 and their schemas. */
import type { APIRoute } from 'astro';
import { indexFile } from '../../../model/open-data/build.ts';
import { dataContext, json } from '../../../model/open-data/context.ts';

export const GET: APIRoute = ({ site }) => json(indexFile(dataContext(site)));
