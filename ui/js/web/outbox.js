// The browser's outbox: sealed responses wait in IndexedDB until the collector holds them,
// then are deleted. Nothing unsealed is ever written here; besides sealed deliveries it keeps
// only the ticket the access code gave (the same for everyone of the municipality).
//
// A ticket the collector refuses (401 bad_ticket: its municipality's code was replaced and the
// response was completed after that day, the collector lost its ticket key, another period)
// is refused for good for that response, so the page forgets it, if it still holds it, and
// the next participant is asked for the code. The responses it was refused for are not lost:
// they stay, sealed, marked refused and no longer sent with it, until someone on this device
// enters the code of their municipality; then they go with the new ticket (`reticket`). Whoever
// holds that code can deliver a response today anyway, so this lets through nothing the code
// would not. Responses with the same old ticket that the collector still takes (those completed
// up to the day the code was replaced) are sent with it as before.

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

/** The municipality a ticket names: `<municipality>.<period's last day>.<code's salt>.<MAC>`
 *  (collector/src/ticket.rs). */
const municipalityOf = (ticket) => String(ticket).split(".")[0];

/** A delivery's ticket was refused: the delivery waits for a new ticket, and the page forgets
 *  the ticket if it is the one it holds (not one a participant has entered since). */
async function refused(delivery) {
  await keep({ ...delivery, refused: true });
  await run(SETTINGS, "readwrite", (s) => {
    const held = s.get("ticket");
    held.onsuccess = () => {
      if (held.result?.ticket === delivery.ticket) s.delete("ticket");
    };
    return held;
  });
}

/** Gives the responses refused for their ticket a new one of their municipality; how many. */
export async function reticket(ticket) {
  let given = 0;
  for (const delivery of await waiting()) {
    if (!delivery.refused || municipalityOf(delivery.ticket) !== municipalityOf(ticket)) continue;
    const { refused: _, ...again } = delivery;
    await keep({ ...again, ticket });
    given += 1;
  }
  return given;
}

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
    // Its ticket will not do: it waits for a new one (reticket).
    if (delivery.refused) continue;
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
    if (reply.status === 401) {
      await refused(delivery);
      continue;
    }
    // Held (now or before): done. Anything else stays, sealed, for a later try.
    if (reply.ok) await forget(delivery.response_id);
  }
  return (await waiting()).length;
}
