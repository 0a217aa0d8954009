// The idle warning. While a participant's session runs, a time without any touch, click or
// key brings up a warning with a visible countdown; when it reaches zero the session is
// discarded and the welcome screen returns. The engine keeps a backstop of its own, so a
// session is discarded even if this page stops counting. The warning is spoken too, and a
// clip playing counts as activity: someone listening is there.

import { h, svg } from "./dom.js";
import { call } from "./ipc.js";
import { appInfo, t } from "./texts.js";
import * as sound from "./sound.js";
import { coordinatorShowing } from "./mode.js";

/** Activity reaches the engine at most this often, so idle sessions are timed there too. */
const TOUCH_EVERY_MS = 5000;

const CONTINUE_ICON = `<svg class="arrow" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true"
  focusable="false"><path d="M9 5l7 7-7 7" fill="none" stroke="currentColor" stroke-width="2.5"
  stroke-linecap="round" stroke-linejoin="round"/></svg>`;

let lastActivity = Date.now();
let lastTouchSent = 0;
let ticker = null;
let warningSince = null;
let onTimeout = null;

/** Starts watching for idleness; `timeout` is called after the countdown ran out. */
export function start(timeout) {
  if (coordinatorShowing()) return; // a participant's step that arrives after the door opened
  onTimeout = timeout;
  activity();
  if (!ticker) ticker = setInterval(tick, 250);
}

/** Stops watching (no session runs) and hides the warning. */
export function stop() {
  clearInterval(ticker);
  ticker = null;
  hideWarning();
}

export function install() {
  for (const type of ["pointerdown", "keydown", "input", "wheel"]) {
    document.addEventListener(type, activity, { capture: true, passive: true });
  }
  document.getElementById("idle-continue").addEventListener("click", () => {
    hideWarning();
    sound.stop();
    activity();
  });
}

/** A clip is playing: the participant is listening, not gone. */
export function heard() {
  activity();
}

function activity() {
  if (warningSince !== null) return; // only "continue" ends the warning
  lastActivity = Date.now();
  if (ticker && lastActivity - lastTouchSent > TOUCH_EVERY_MS) {
    lastTouchSent = lastActivity;
    call("touch");
  }
}

function tick() {
  const info = appInfo();
  const now = Date.now();
  if (warningSince === null) {
    if (now - lastActivity >= info.idle_timeout_seconds * 1000) showWarning(now);
    return;
  }
  const left = Math.ceil(info.idle_countdown_seconds - (now - warningSince) / 1000);
  if (left <= 0) {
    stop();
    call("end_session").finally(() => onTimeout && onTimeout());
    return;
  }
  document.getElementById("idle-countdown").textContent = t("idle-countdown", { seconds: left });
}

function showWarning(now) {
  warningSince = now;
  document.getElementById("idle-title").textContent = t("idle-title");
  document
    .getElementById("idle-continue")
    .replaceChildren(svg(CONTINUE_ICON), h("span", {}, t("idle-continue")));
  document.getElementById("idle-countdown").textContent = t("idle-countdown", {
    seconds: appInfo().idle_countdown_seconds,
  });
  document.getElementById("screen").inert = true;
  document.getElementById("idle").hidden = false;
  document.getElementById("idle-continue").focus();
  sound.playAll([{ clip: "idle-spoken" }, { clip: "idle-continue" }]);
}

function hideWarning() {
  warningSince = null;
  document.getElementById("screen").inert = false;
  document.getElementById("idle").hidden = true;
}
