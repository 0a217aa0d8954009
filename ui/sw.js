// The web survey's service worker: after the first visit the page, the survey, the sealing
// code (once a language is chosen), the chosen language's texts and its sound work without a network. Page files and the
// survey come from the network when it answers (so a fixed screen arrives at once) and from the
// cache when it does not; bundles and clips, named by their content, come from the cache first
// (the page puts them there itself, js/web/kept.js). Nothing a participant answers passes
// through here: responses are sealed before they are stored or sent.

/** Named in js/web/kept.js too: a classic worker cannot import a module. */
const CACHE = "survey-v1";
/** Loaded by the page when the first question shows; kept with all it imports as soon as a
 *  language is chosen, so that a participant who loses the network can still seal a response. */
const SEALING = "js/web/age.js";
const SHELL = [
  "./",
  "manifest.webmanifest",
  "icon.svg",
  "css/fonts.css",
  "css/kiosk.css",
  "js/display.js",
  "js/dom.js",
  "js/faces.js",
  "js/idle.js",
  "js/ipc.js",
  "js/mode.js",
  "js/participant.js",
  "js/sound.js",
  "js/texts.js",
  "js/web/backend.js",
  "js/web/kept.js",
  "js/web/main.js",
  "js/web/outbox.js",
  "js/web/route.js",
  "js/web/seal.js",
];
// The survey (api/survey) is not in the shell: the page keeps it itself as it loads it
// (js/web/kept.js), so that a first visit fetches it once, not twice.

self.addEventListener("install", (event) => {
  self.skipWaiting();
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(SHELL)),
  );
});

// The page asks once a language is chosen: the sealing code is then kept before the first
// question, without weighing on the first screen (the languages) on a slow connection.
self.addEventListener("message", (event) => {
  if (event.data !== "keep-sealing") return;
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => keepModuleGraph(cache, new URL(SEALING, self.location).href))
      .then(() => event.source?.postMessage("sealing-kept"))
      .catch(() => {}),
  );
});

/** A module and every module it imports by a relative path, as the vendored code does. */
async function keepModuleGraph(cache, entry) {
  const seen = new Set();
  const pending = [entry];
  while (pending.length > 0) {
    const url = pending.pop();
    if (seen.has(url)) continue;
    seen.add(url);
    const reply = await fetch(url);
    if (!reply.ok) throw new Error(`${url}: ${reply.status}`);
    await cache.put(url, reply.clone());
    for (const [, path] of (await reply.text()).matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      pending.push(new URL(path, url).href);
    }
  }
}

self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (!url.pathname.startsWith(new URL("./", self.location).pathname)) return;
  event.respondWith(url.pathname.includes("/api/content/") ? cacheFirst(request) : networkFirst(request));
});

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const reply = await fetch(request);
    if (reply.ok) await cache.put(request, reply.clone());
    return reply;
  } catch (offline) {
    const kept = await cache.match(request, { ignoreSearch: true });
    if (kept) return kept;
    throw offline;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(request);
  if (kept) return kept;
  const reply = await fetch(request);
  if (reply.ok) await cache.put(request, reply.clone());
  return reply;
}
