// Small helpers to build the screens from elements, never from HTML strings, so no text from
// a content pack can become markup.

import { coordinatorShowing } from "./mode.js";

/** Makes an element: h("button", {class: "x", onclick: f}, "text", child...). */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
  element.append(...children.flat().filter((c) => c !== null && c !== undefined));
  return element;
}

/** Makes an SVG element from markup written in this app (never from content). */
export function svg(markup) {
  const template = document.createElement("template");
  template.innerHTML = markup.trim();
  return template.content.firstChild;
}

let shown = 0;
let drawnAt = 0;

/**
 * How long after a screen is drawn a tap on it still counts as part of the tap that led
 * there: the second tap of a double tap lands on the new screen, and must not answer it.
 */
export const SETTLE_MS = 450;
let settleTimer = null;

/**
 * How soon a second tap on the same control counts as the same tap: a double tap on a
 * multiple-choice answer chooses it once rather than choosing and unchoosing it.
 */
export const DOUBLE_TAP_MS = SETTLE_MS;

/** A function that says, for each tap, whether it came within `DOUBLE_TAP_MS` of the last. */
export function doubleTapFilter() {
  let last = -Infinity;
  return () => {
    const now = performance.now();
    const second = now - last < DOUBLE_TAP_MS;
    last = now;
    return second;
  };
}

/** True while the screen on show is too new for a tap on it to be meant for it. */
export function justDrawn() {
  return performance.now() - drawnAt < SETTLE_MS;
}

/**
 * Replaces what <main> shows, moving focus to the new screen's heading. The screen's name and
 * a count of screens shown are left on <main> (data-screen, data-shown), for tests to wait on.
 */
export function show(name, ...children) {
  // While coordinator mode is open only its own screens are drawn: a participant's timer
  // (thank-you, idle, a late reply) cannot put the welcome screen over an open panel.
  if (coordinatorShowing() && !name.startsWith("coordinator")) return;
  const screen = document.getElementById("screen");
  screen.replaceChildren(...children);
  shown += 1;
  screen.dataset.screen = name;
  screen.dataset.shown = String(shown);
  // Tests wait for this before tapping, as a person who has seen the screen would.
  drawnAt = performance.now();
  screen.dataset.settled = "false";
  clearTimeout(settleTimer);
  settleTimer = setTimeout(() => (screen.dataset.settled = "true"), SETTLE_MS);
  const heading = screen.querySelector("h1");
  if (heading) {
    heading.setAttribute("tabindex", "-1");
    heading.focus({ preventScroll: true });
  }
  window.scrollTo(0, 0);
}

/** Says something in the notice bar (errors, "no sound"); an empty text clears it. The
 *  caller plays its clip (participant.js: failed). */
export function notify(text) {
  const notice = document.getElementById("notice");
  notice.textContent = text || "";
  // The bar lifts what stays at the bottom of the screen ("next") above itself.
  document.documentElement.style.setProperty("--notice-space", `${notice.offsetHeight}px`);
}
