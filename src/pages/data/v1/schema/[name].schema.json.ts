/** Open data: the JSON Schema of each file, generated from the zod schemas in src/schemas/open-data.ts. */
import type { APIRoute } from 'astro';
import { OPEN_DATA_SCHEMAS, type OpenDataName } from '../../../../schemas/open-data.ts';
import { jsonSchemaOf } from '../../../../model/open-data/build.ts';
import { absoluteFor, json } from '../../../../model/open-data/context.ts';

export function getStaticPaths() {
  return Object.keys(OPEN_DATA_SCHEMAS).map((name) => ({ params: { name } }));
}

export const GET: APIRoute = ({ site, params }) => json(jsonSchemaOf(params.name as OpenDataName, absoluteFor(site, import.meta.env.BASE_URL)));
