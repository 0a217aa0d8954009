// Sound. Clips play through the engine (rodio), never through the webview; a new clip stops
// the one playing, and the engine stops the sound whenever the participant moves on.
// Every text a participant sees is bound to its clip here (said), so "listen to all" can read
// a whole screen in order, lighting up each part as it is read. While a clip plays, a button
// says so and stops it when tapped; listening counts as activity for the idle timer.
// On a kiosk without an audio device the buttons show a crossed-out speaker and say so.

import { h, svg, notify } from "./dom.js";
import { call } from "./ipc.js";
import { appInfo, currentLanguage, t } from "./texts.js";
import * as idle from "./idle.js";

const SPEAKER = `<svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
  <path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor"/>
  <path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor"
        stroke-width="2" stroke-linecap="round"/></svg>`;
const NO_SPEAKER = `<svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
  <path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor"/>
  <path d="M16 9l6 6M22 9l-6 6" fill="none" stroke="currentColor" stroke-width="2"
        stroke-linecap="round"/></svg>`;
const LOUDER = `<svg viewBox="0 0 24 24" width="26" height="26" aria-hidden="true" focusable="false">
  <path d="M3 9h4l5-4v14l-5-4H3z" fill="currentColor"/>
  <path d="M15 12h7M18.5 8.5v7" fill="none" stroke="currentColor" stroke-width="2.5"
        stroke-linecap="round"/></svg>`;
const QUIETER = `<svg viewBox="0 0 24 24" width="26" height="26" aria-hidden="true" focusable="false">
  <path d="M3 9h4l5-4v14l-5-4H3z" fill="currentColor"/>
  <path d="M15 12h7" fill="none" stroke="currentColor" stroke-width="2.5"
        stroke-linecap="round"/></svg>`;
const LISTEN_ALL = `<svg viewBox="0 0 24 24" width="26" height="26" aria-hidden="true" focusable="false">
  <path d="M2 9h3l4-3.5v13L5 15H2z" fill="currentColor"/>
  <path d="M13 7h9M13 12h9M13 17h9" fill="none" stroke="currentColor" stroke-width="2"
        stroke-linecap="round"/></svg>`;
const STOP_SQUARE = `<svg viewBox="0 0 24 24" width="26" height="26" aria-hidden="true" focusable="false">
  <rect x="6" y="6" width="12" height="12" rx="2" fill="currentColor"/></svg>`;

/** How often the page asks whether the clip still plays. */
const POLL_MS = 200;

/** Bumped by every new playback, stop and screen: a sequence started before stops there. */
let generation = 0;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function available() {
  return Boolean(appInfo().audio_available);
}

/** Whether the pack has a clip for this message (every participant-facing one should). */
export function hasClip(id) {
  return (appInfo().clips ?? []).includes(id);
}

/**
 * Binds a shown text to its clip, or to the clips that say it one after another, so that
 * "listen to all" reads it with the rest of the screen. Returns the element.
 */
export function said(element, clip, lang = null) {
  // Clip ids have no spaces: a sequence is kept as one attribute.
  element.dataset.said = [].concat(clip).join(" ");
  if (lang) element.dataset.saidLang = lang;
  return element;
}

/**
 * Plays clips one after another, marking each item's element while it is read. Resolves
 * when all were heard, or when something newer (another playback, a stop, a new screen)
 * took over; true only when everything was heard.
 */
export async function playAll(items, { quiet = false } = {}) {
  const mine = ++generation;
  clearReading();
  if (!available()) return false;
  for (const item of items) {
    if (mine !== generation) return false;
    item.element?.classList.add("reading");
    try {
      await call("play_clip", { language: item.lang ?? currentLanguage(), clip: item.clip });
    } catch (error) {
      item.element?.classList.remove("reading");
      // Quiet where the page plays unasked (a browser may refuse sound before a first tap).
      if (mine === generation && !quiet) notify(error.message);
      return false;
    }
    showPlaying(mine === generation);
    await untilQuiet(mine);
    item.element?.classList.remove("reading");
  }
  if (mine !== generation) return false;
  showPlaying(false);
  return true;
}

export function play(clip, lang = null) {
  return playAll([{ clip, lang }]);
}

/** What "listen to all" leaves for after the screen's own text: the bars and their buttons
 *  (back, progress, stop, sound, display), "next" and the like. Answers and language tiles
 *  are buttons too, but they are what the screen asks. */
const CONTROLS = ".bar, .sound-bar, .display-controls, button:not(.choice):not(.tile-choose)";

/** Reads the whole screen: first its text (the question and its answers), then the practice
 *  banner over it, then the controls, each part in the order shown; or only what lies
 *  `within` a part of it, in the order shown. The "playing" button is never read: it says
 *  what listening to all is doing, and only while it does it. */
export function listenToAll({ within = null, quiet = false } = {}) {
  const shown = (selector) =>
    [...document.querySelectorAll(selector)].filter(
      (element) => !element.closest("[hidden]") && !element.closest("#playing"),
    );
  let parts;
  if (within) {
    parts = shown(`${within} [data-said]`);
  } else {
    const onScreen = shown("#screen [data-said]");
    const isControl = (element) => Boolean(element.closest(CONTROLS));
    parts = [
      ...onScreen.filter((element) => !isControl(element)),
      ...shown("#practice-banner [data-said]"),
      ...onScreen.filter(isControl),
    ];
  }
  return playAll(
    parts.flatMap((element) =>
      element.dataset.said.split(" ").map((clip) => ({
        clip,
        lang: element.dataset.saidLang ?? null,
        element,
      })),
    ),
    { quiet },
  );
}

/**
 * The clips that say a text whose numbers change (the progress line), in the language's own
 * order. The same rule as `survey/src/spoken_progress.rs`, which made the clips: the template
 * is split at each {name}; its literal parts are numbered by position from 1, empty ones too,
 * and each is said as progress-part-N when something is left without Fluent's isolation
 * marks and outer spaces; each variable is said as number-N, N its value.
 */
export function numberedClips(template, values) {
  const pieces = template.split(/\{(\w+)\}/);
  const clips = [];
  pieces.forEach((piece, index) => {
    if (index % 2 === 1) clips.push(`number-${values[piece]}`);
    else if (piece.replace(/[\u2068\u2069]/g, "").trim()) clips.push(`progress-part-${index / 2 + 1}`);
  });
  return clips;
}

/** Stops whatever plays, and any sequence. */
export async function stop() {
  generation += 1;
  clearReading();
  showPlaying(false);
  try {
    await call("stop_sound");
  } catch {
    // Nothing plays on a kiosk without sound: nothing to stop.
  }
}

/** A new screen: what the last one read stops there (the engine stops the sound itself). */
export function newScreen() {
  generation += 1;
  showPlaying(false);
}

async function untilQuiet(mine) {
  await sleep(POLL_MS);
  while (mine === generation) {
    let playing = false;
    try {
      playing = await call("sound_playing");
    } catch {
      return;
    }
    if (!playing) return;
    idle.heard();
    await sleep(POLL_MS);
  }
}

function clearReading() {
  for (const element of document.querySelectorAll(".reading")) element.classList.remove("reading");
}

function showPlaying(on) {
  const indicator = document.getElementById("playing");
  if (indicator) indicator.hidden = !on;
  document.documentElement.dataset.playing = String(on);
}

/**
 * A button that plays `clip` in `lang`. `label` names what it reads, in that language; by
 * default the current language's "listen" text. `then` are clips read after it.
 */
export function soundButton(clip, { lang = currentLanguage(), label = null, then = [] } = {}) {
  const on = available();
  const name = label ?? t("nav-play");
  return h(
    "button",
    {
      type: "button",
      class: on ? "sound" : "sound sound-off",
      "aria-label": on ? name : `${name}: ${t("sound-unavailable")}`,
      "data-clip": clip,
      onclick: (event) => {
        event.stopPropagation();
        if (!on) {
          notify(t("sound-unavailable"));
          return;
        }
        playAll([clip, ...then].map((c) => ({ clip: c, lang })));
      },
    },
    svg(on ? SPEAKER : NO_SPEAKER),
  );
}

/**
 * The sound controls of a participant's screen: listen to all, quieter, louder, and the
 * "playing" indicator that stops the sound when tapped.
 */
export function soundBar() {
  const on = available();
  const volume = (up) => async () => {
    try {
      await call("change_volume", { up });
      play(up ? "volume-up" : "volume-down");
    } catch (error) {
      notify(error.message);
    }
  };
  return h(
    "div",
    { class: "sound-bar" },
    h(
      "button",
      { type: "button", id: "playing", class: "playing", hidden: true, onclick: stop },
      svg(STOP_SQUARE),
      said(h("span", {}, t("sound-playing")), "sound-playing"),
    ),
    h(
      "button",
      {
        type: "button",
        id: "listen-all",
        class: "secondary listen-all",
        disabled: !on,
        onclick: () => listenToAll(),
      },
      svg(LISTEN_ALL),
      said(h("span", {}, t("listen-all")), "listen-all"),
    ),
    h(
      "button",
      { type: "button", id: "volume-down", class: "volume", "aria-label": t("volume-down"), disabled: !on, onclick: volume(false) },
      svg(QUIETER),
    ),
    h(
      "button",
      { type: "button", id: "volume-up", class: "volume", "aria-label": t("volume-up"), disabled: !on, onclick: volume(true) },
      svg(LOUDER),
    ),
  );
}
