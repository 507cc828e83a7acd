/**
 * The local layer's stylesheet and area script, published only in a build with a layer (no layer:
 * no paths, no files). The stylesheet adds one rule per area, so a reader's chosen area hides the
 * notes and contacts of the others.
 */
import type { APIRoute } from 'astro';
import css from '../../../components/LocalNote/local-note.css?raw';
import script from '../../../components/LocalArea/area.js?raw';
import { getSite } from '../../../model/index.ts';
import { getLocalLayer } from '../../../model/local/index.ts';

export function getStaticPaths() {
  return getLocalLayer(getSite()) ? [{ params: { file: 'local.css' } }, { params: { file: 'area.js' } }] : [];
}

export const GET: APIRoute = ({ params }) => {
  const layer = getLocalLayer(getSite())!;
  if (params.file === 'area.js') return new Response(script, { headers: { 'Content-Type': 'text/javascript' } });
  const rules = layer.areas.map((a) => `html[data-local-area="${a.id}"] [data-area]:not([data-area~="${a.id}"]):not([data-local-all-areas] [data-area]) { display: none; }`);
  return new Response(`${css}\n/* The reader's area (area.js) hides the others, except on the local pages, which name each area. */\n${rules.join('\n')}\n`, { headers: { 'Content-Type': 'text/css' } });
};
