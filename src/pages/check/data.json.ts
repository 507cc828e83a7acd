/** The document checker's data (/check/data.json): lineage of every citable place to the edition in force, and the outdated terms. */
import type { APIRoute } from 'astro';
import { getSite } from '../../model/index.ts';
import { getTerms } from '../../model/terms/index.ts';
import { buildCheckerData } from '../../model/checker/checker-data.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildCheckerData(getSite(), getTerms(), import.meta.env.BASE_URL)), { headers: { 'Content-Type': 'application/json' } });
