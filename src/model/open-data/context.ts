/** The context the open data endpoints share: the site, absolute addresses and the as-of date. */
import { getSite } from '../index.ts';
import { getCurrency } from '../currency/feature.ts';
import { withBase } from '../render-body.ts';
import type { DataContext } from './build.ts';

/** Absolute addresses from the site's origin (Astro's `site`, set by WTN_SITE) and base path. */
export const absoluteFor = (origin: URL | string | undefined, base: string) => (path: string) =>
  new URL(withBase(base, path), origin ?? 'https://working-together-navigator.example').href;

export function dataContext(origin: URL | undefined): DataContext {
  const site = getSite();
  return { site, absolute: absoluteFor(origin, import.meta.env.BASE_URL), asOf: getCurrency(site).lastChecked };
}

export const json = (doc: unknown) => new Response(`${JSON.stringify(doc)}\n`, { headers: { 'Content-Type': 'application/json' } });
