/**
 * Keeps your place when switching edition: finds the provision you are at (the one in the address,
 * else the first one on screen), looks up where it stands in the chosen edition, and goes there;
 * if it was removed, says so plainly here, with where its subject went.
 */
type Place = { found: { path: string; title: string; chapter: string }[] } | { removed: string; in: string; see?: string } | { notYet: string };

function currentProvision(): HTMLElement | null {
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (target?.matches('[data-provision]')) return target;
  const all = [...document.querySelectorAll<HTMLElement>('[data-provision]')];
  return all.find((el) => el.getBoundingClientRect().bottom > 80) ?? all[0] ?? null;
}

export function initEditionSwitcher(): void {
  const nav = document.querySelector<HTMLElement>('[data-edition-switcher]');
  if (!nav) return;
  const notice = nav.querySelector<HTMLElement>('[data-switch-notice]')!;
  const base = nav.dataset.base!.replace(/\/$/, '');
  let map: Promise<Record<string, Record<string, Place>>> | null = null;
  nav.addEventListener('click', async (e) => {
    const link = (e.target as Element).closest<HTMLAnchorElement>('a[data-switch-to]');
    const here = currentProvision();
    if (!link || !here) return;
    e.preventDefault();
    map ??= fetch(nav.dataset.lineage!).then((r) => r.json());
    const place = (await map)[here.id]?.[link.dataset.switchTo!];
    const title = here.querySelector('.provision__title')?.textContent ?? here.id;
    if (place && 'found' in place) return location.assign(`${base}${place.found[0].path}`);
    notice.replaceChildren();
    const p = document.createElement('p');
    if (place && 'removed' in place) p.textContent = `“${title}” is not in Working Together ${link.dataset.switchTo}: it was removed in ${place.in}. ${place.removed}${place.see ? ` Its subject: ${place.see}.` : ''}`;
    else p.textContent = `“${title}” is not in Working Together ${link.dataset.switchTo}: its subject first appears in ${place && 'notYet' in place ? place.notYet : 'a later edition'}.`;
    const links = document.createElement('p');
    const chapter = document.createElement('a');
    chapter.href = link.href;
    chapter.textContent = `Open ${link.textContent?.trim()} anyway`;
    const history = document.createElement('a');
    history.href = `${nav.dataset.history}${here.id}/`;
    history.textContent = `History of “${title}”`;
    links.append(chapter, ' · ', history);
    notice.append(p, links);
    notice.hidden = false;
  });
}
