// Starts the web survey's page: the service worker (offline after the first visit), the code
// carried in the link after "#" (checked once, then taken out of the address bar so a shared
// screen does not show it), the welcome screen, and delivery of responses that wait.
// An invitation's link names its language before the code ("#ar/0301-…"): the page then opens
// on the invitation, read aloud in that language, so that the link alone is enough for someone
// who cannot read the printed page. The demo page (/survey/demo/) takes no code, registers
// no worker and delivers nothing.

import { call } from "../ipc.js";
import { setInfo } from "../texts.js";
import * as idle from "../idle.js";
import { welcome, invitation } from "../participant.js";
import { useCodeFromLink } from "./backend.js";
import * as outbox from "./outbox.js";

/** How often waiting responses are tried again while the page is open. */
const RETRY_MS = 30_000;

/** What the link carries after "#": an invitation's language, and the code. */
function fromLink() {
  const fragment = decodeURIComponent(location.hash.replace(/^#/, "")).trim();
  const invited = /^([a-z]{2,3})\/(.*)$/.exec(fragment);
  const code = (invited ? invited[2] : fragment).replace(/^code=/, "").trim();
  return { language: invited ? invited[1] : null, code: code.length > 0 ? code : null };
}

async function start() {
  const demo = document.documentElement.dataset.demo === "true";
  if (!demo && "serviceWorker" in navigator) {
    navigator.serviceWorker.register("sw.js").catch(() => {});
  }
  idle.install();
  const info = await call("app_info");
  setInfo(info);
  const { language, code } = demo ? { language: null, code: null } : fromLink();
  if (code || language) history.replaceState(null, "", location.pathname + location.search);
  if (code) await useCodeFromLink(code);
  if (language && info.languages.some((l) => l.code === language)) await invitation(language);
  else await welcome();
  if (!demo) {
    window.addEventListener("online", () => outbox.deliver());
    setInterval(() => outbox.deliver(), RETRY_MS);
    outbox.deliver();
  }
  document.documentElement.dataset.ready = "true";
}

start();
