// The web survey's service worker: after the first visit the page, the chosen language's texts
// and its sound work without a network. Page files and texts come from the network when it
// answers (so a fixed screen arrives at once) and from the cache when it does not; sound clips,
// which never change within a pack, come from the cache first. Nothing a participant answers
// passes through here: responses are sealed before they are stored or sent.

const CACHE = "survey-v1";
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
  "js/web/main.js",
  "js/web/outbox.js",
  "js/web/route.js",
  "js/web/seal.js",
  "api/survey",
];

self.addEventListener("install", (event) => {
  self.skipWaiting();
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)));
});

self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (!url.pathname.startsWith(new URL("./", self.location).pathname)) return;
  event.respondWith(url.pathname.includes("/api/audio/") ? cacheFirst(request) : networkFirst(request));
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
