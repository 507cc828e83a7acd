/** Open data: the glossary terms of every edition. */
import type { APIRoute } from 'astro';
import { glossaryFile } from '../../../model/open-data/build.ts';
import { dataContext, json } from '../../../model/open-data/context.ts';

export const GET: APIRoute = ({ site }) => json(glossaryFile(dataContext(site)));
