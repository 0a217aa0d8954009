// Starts the kiosk's page: asks the engine what it needs to know, locks the page down (no
// context menu, no reload keys), and shows the first screen: the PIN on a kiosk's first
// start, the welcome screen otherwise.

import { call } from "./ipc.js";
import { setInfo } from "./texts.js";
import * as coordinator from "./coordinator.js";
import * as idle from "./idle.js";
import { welcome } from "./participant.js";

/** Keys a browser would use to reload, print, find or zoom; none has a place on a kiosk. */
const BLOCKED_KEYS = new Set(["F1", "F3", "F5", "F7", "F11", "F12"]);
const BLOCKED_CTRL = new Set(["r", "p", "f", "g", "s", "o", "u", "+", "-", "=", "0"]);

function lockDown() {
  document.addEventListener("contextmenu", (event) => event.preventDefault());
  document.addEventListener("keydown", (event) => {
    const ctrl = event.ctrlKey || event.metaKey;
    if (BLOCKED_KEYS.has(event.key) || (ctrl && BLOCKED_CTRL.has(event.key.toLowerCase()))) {
      event.preventDefault();
    }
  });
  document.addEventListener("dragstart", (event) => event.preventDefault());
}

async function start() {
  lockDown();
  idle.install();
  coordinator.install();
  // A page that was reloaded leaves no participant's session behind.
  await call("end_session");
  const info = await call("app_info");
  setInfo(info);
  if (info.coordinator.pin_set) await welcome();
  else await coordinator.open();
  const root = document.documentElement;
  const elapsed = await call("mark_interactive");
  if (elapsed !== null) root.dataset.startupMs = String(elapsed);
  root.dataset.ready = "true";
}

start();
