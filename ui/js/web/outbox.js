// The browser's outbox: sealed responses wait in IndexedDB until the collector holds them,
// then are deleted. Nothing unsealed is ever written here; besides sealed deliveries it keeps
// only the ticket the access code gave (the same for everyone of the municipality).

const DATABASE = "survey-outbox";
const DELIVERIES = "deliveries";
const SETTINGS = "settings";

let opened = null;

function database() {
  opened ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(DELIVERIES, { keyPath: "response_id" });
      request.result.createObjectStore(SETTINGS);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return opened;
}

async function run(store, mode, work) {
  const db = await database();
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(store, mode);
    const request = work(transaction.objectStore(store));
    transaction.oncomplete = () => resolve(request?.result);
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

export const keep = (delivery) => run(DELIVERIES, "readwrite", (s) => s.put(delivery));
export const waiting = () => run(DELIVERIES, "readonly", (s) => s.getAll());
const forget = (id) => run(DELIVERIES, "readwrite", (s) => s.delete(id));
export const setting = (key) => run(SETTINGS, "readonly", (s) => s.get(key));
export const remember = (key, value) => run(SETTINGS, "readwrite", (s) => s.put(value, key));

let delivering = null;
/** Whether the collector asked the last run to wait (too many deliveries at once). */
export let slowed = false;

/** Sends every waiting response; resolves to how many still wait. One run at a time. */
export function deliver() {
  delivering ??= deliverAll().finally(() => (delivering = null));
  return delivering;
}

async function deliverAll() {
  // Never over plain http: what waits stays sealed here until the page is opened over https.
  if (!globalThis.isSecureContext) return (await waiting()).length;
  slowed = false;
  for (const delivery of await waiting()) {
    let reply;
    try {
      reply = await fetch("api/responses", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(delivery),
        cache: "no-store",
      });
    } catch {
      break; // offline: everything waits for the next try
    }
    // Told to wait: the rest would be too; everything stays, sealed, for the next try.
    if (reply.status === 429) {
      slowed = true;
      break;
    }
    // Held (now or before): done. Anything else stays, sealed, for a later try.
    if (reply.ok) await forget(delivery.response_id);
  }
  return (await waiting()).length;
}
