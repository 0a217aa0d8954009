// What the page keeps for offline use in the same cache the service worker fills: a language's
// bundle and clips, named by their content (never by language or question). The page puts them
// there itself, because on a first visit the service worker does not yet control the page and
// would not see these fetches.

/** The service worker's cache (sw.js names it too: a classic worker cannot import this). */
const CACHE = "survey-v1";

export function contentUrl(name) {
  // From this module's place, so that the demo page a folder deeper fetches the same URLs.
  return new URL(`../../api/content/${encodeURIComponent(name)}`, import.meta.url).href;
}

/** The kept copy, or the network's, kept. Content never changes under its name. Outside a
 *  secure context there is no cache (and nothing is sent anyway): the network's copy. */
export async function fetchKept(url) {
  if (!globalThis.caches) return fetch(url);
  const cache = await caches.open(CACHE);
  const found = await cache.match(url);
  if (found) return found;
  const reply = await fetch(url);
  if (reply.ok) await cache.put(url, reply.clone());
  return reply;
}

export async function has(url) {
  if (!globalThis.caches) return false;
  return Boolean(await (await caches.open(CACHE)).match(url));
}

/** The network's copy, kept; the kept one when the network does not answer. For what changes
 *  (the survey and its date): kept by the page on a first visit, so that the service worker
 *  need not fetch it a second time to have it offline. */
export async function fetchFresh(url) {
  if (!globalThis.caches) return fetch(url);
  const cache = await caches.open(CACHE);
  try {
    const reply = await fetch(url);
    if (reply.ok) await cache.put(url, reply.clone());
    return reply;
  } catch (offline) {
    const found = await cache.match(url);
    if (found) return found;
    throw offline;
  }
}
