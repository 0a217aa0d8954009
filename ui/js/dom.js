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
  const heading = screen.querySelector("h1");
  if (heading) {
    heading.setAttribute("tabindex", "-1");
    heading.focus({ preventScroll: true });
  }
  window.scrollTo(0, 0);
}

/** Says something in the notice bar (errors, "no sound"); an empty text clears it. */
export function notify(text) {
  document.getElementById("notice").textContent = text || "";
}
