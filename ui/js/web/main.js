// Starts the web survey's page: the service worker (offline after the first visit), the code
// carried in the link after "#" (checked once, then taken out of the address bar so a shared
// screen does not show it), the welcome screen, and delivery of responses that wait.

import { call } from "../ipc.js";
import { setInfo } from "../texts.js";
import * as idle from "../idle.js";
import { welcome } from "../participant.js";
import { useCodeFromLink } from "./backend.js";
import * as outbox from "./outbox.js";

/** How often waiting responses are tried again while the page is open. */
const RETRY_MS = 30_000;

function codeFromLink() {
  const fragment = decodeURIComponent(location.hash.replace(/^#/, ""));
  const code = fragment.replace(/^code=/, "").trim();
  return code.length > 0 ? code : null;
}

async function start() {
  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register("sw.js").catch(() => {});
  }
  idle.install();
  setInfo(await call("app_info"));
  const code = codeFromLink();
  if (code) {
    history.replaceState(null, "", location.pathname + location.search);
    await useCodeFromLink(code);
  }
  await welcome();
  window.addEventListener("online", () => outbox.deliver());
  setInterval(() => outbox.deliver(), RETRY_MS);
  outbox.deliver();
  document.documentElement.dataset.ready = "true";
}

start();
