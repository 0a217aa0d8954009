// The participant's screens: welcome (the 24 languages), the access code (web survey only),
// privacy notice, one question per screen, and the endings (thank you, screened out, survey
// closed). Every screen is drawn
// from the engine's SessionView; the page keeps no answer of its own beyond the one being
// chosen on screen.

import { h, svg, show, notify } from "./dom.js";
import { call } from "./ipc.js";
import { face } from "./faces.js";
import { soundButton } from "./sound.js";
import { appInfo, t, useLanguage } from "./texts.js";
import * as idle from "./idle.js";
import * as display from "./display.js";

/** How long the thank-you and screened-out screens stay before the next participant. */
const ENDING_SECONDS = 6;
let endingTimer = null;

const BACK_ARROW = `<svg class="arrow" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true"
  focusable="false"><path d="M15 5l-7 7 7 7" fill="none" stroke="currentColor" stroke-width="2.5"
  stroke-linecap="round" stroke-linejoin="round"/></svg>`;

/** The welcome screen, ready for the next participant with nothing of the last one left. */
export async function welcome() {
  clearTimeout(endingTimer);
  idle.stop();
  display.reset();
  notify("");
  // Whatever led here, the engine holds no participant's session once the welcome shows.
  await call("end_session");
  const info = appInfo();
  // A practice run ends itself when its session starts; the banner follows the engine.
  info.coordinator = await call("coordinator_state");
  await useLanguage(info.source_language);
  showPracticeBanner();
  const tiles = info.languages.map((lang) =>
    h(
      "li",
      { class: "tile", lang: lang.code, dir: lang.direction, "data-script": lang.script },
      h(
        "button",
        { type: "button", class: "tile-choose", "data-lang": lang.code, onclick: () => begin(lang.code) },
        h("span", { class: "tile-greeting" }, lang.greeting),
        h("span", { class: "tile-name" }, lang.autonym),
      ),
      soundButton("welcome-greeting", { lang: lang.code, label: `${lang.listen}: ${lang.greeting}` }),
    ),
  );
  show(
    "welcome",
    h(
      "section",
      { class: "welcome", "aria-labelledby": "welcome-title" },
      h("h1", { id: "welcome-title" }, t("welcome-greeting")),
      h("p", { class: "lead" }, t("welcome-choose-language")),
      h("ul", { class: "tiles", "aria-labelledby": "welcome-title" }, tiles),
    ),
  );
}

/** A step is on its way to the back end: a second tap (a double tap, an impatient one) is
 *  ignored instead of sending the step again against a screen that is already gone. */
let stepping = false;

async function once(work) {
  if (stepping) return;
  stepping = true;
  try {
    await work();
  } finally {
    stepping = false;
  }
}

function begin(code) {
  return once(async () => {
    await useLanguage(code);
    showPracticeBanner();
    try {
      render(await call("start_session", { language: code }));
    } catch (error) {
      if (error.code === "error-survey-closed") closed();
      else failed(error);
    }
  });
}

/** Draws the screen for the engine's view of the session. */
function render(view) {
  notify("");
  switch (view.stage) {
    case "code":
      return codeEntry();
    case "privacy":
      idle.start(welcome);
      return privacy();
    case "question":
      idle.start(welcome);
      return question(view.question);
    case "finished":
      if (view.delivery) return webEnding(view.delivery);
      return ending("finish-thanks", t("finish-next"));
    case "screened_out":
      return ending("screening-ended", null);
  }
}

function step(command, args = {}) {
  return once(async () => {
    try {
      render(await call(command, args));
    } catch (error) {
      failed(error);
    }
  });
}

function failed(error) {
  // A session the engine discarded (idle backstop) cannot go on: start again.
  if (error.code === "error-internal") return welcome();
  notify(error.message);
}

function topBar(onBack, progress = null) {
  return h(
    "header",
    { class: "bar" },
    h(
      "button",
      { type: "button", class: "back", onclick: onBack },
      svg(BACK_ARROW),
      h("span", {}, t("nav-back")),
    ),
    progress,
    display.controls(),
  );
}

function privacy() {
  show(
    "privacy",
    topBar(leave),
    h(
      "section",
      { class: "privacy", "aria-labelledby": "privacy-title" },
      h(
        "div",
        { class: "heading-row" },
        h("h1", { id: "privacy-title" }, t("privacy-title")),
        soundButton("privacy-notice"),
      ),
      h("p", { class: "privacy-text" }, t("privacy-notice")),
      h("button", { type: "button", class: "primary", onclick: () => step("accept_privacy") }, t("privacy-accept")),
    ),
  );
}

/** Back from the privacy notice: the participant chose the wrong language or changed mind. */
async function leave() {
  await call("end_session");
  welcome();
}

function question(q) {
  const progress = h(
    "div",
    { class: "progress" },
    h("span", { id: "progress-text" }, t("progress", { current: q.position, total: q.total })),
    h("progress", { max: q.total, value: q.position, "aria-labelledby": "progress-text" }),
  );
  const body = [];
  if (q.block_title) body.push(h("p", { class: "block-title" }, q.block_title));
  body.push(
    h(
      "div",
      { class: "heading-row" },
      h("h1", { id: "question-text" }, q.text),
      soundButton(q.message_id),
    ),
  );
  if (q.kind === "free_text") body.push(...freeText(q));
  else if (q.kind === "multiple") body.push(...multiple(q));
  else body.push(...single(q));
  show(
    "question",
    topBar(() => step("back"), progress),
    h(
      "section",
      { class: `question kind-${q.kind}`, "data-question": q.id, "data-kind": q.kind, "aria-labelledby": "question-text" },
      body,
    ),
  );
}

/** Single choice, yes/no and agreement: choosing an answer moves on at once. */
function single(q) {
  const chosen = typeof q.answer === "string" ? q.answer : null;
  const options = q.options.map((option) =>
    h(
      "li",
      { class: "option" },
      h(
        "button",
        {
          type: "button",
          class: "choice",
          "aria-pressed": String(option.value === chosen),
          "data-value": option.value,
          onclick: () => step("answer", { question: q.id, answer: option.value }),
        },
        q.kind === "agreement" ? face(option.value) : null,
        h("span", { class: "choice-text" }, option.text),
      ),
      soundButton(option.message_id, { label: `${t("nav-play")}: ${option.text}` }),
    ),
  );
  return [
    h("p", { class: "hint" }, t("choose-one")),
    h("ul", { class: "options", "aria-labelledby": "question-text" }, options),
    q.required ? null : skipButton(q),
  ];
}

/** Multiple choice: answers toggle, and "next" sends them together. */
function multiple(q) {
  const chosen = new Set(Array.isArray(q.answer) ? q.answer : []);
  const options = q.options.map((option) => {
    const button = h(
      "button",
      {
        type: "button",
        class: "choice",
        "aria-pressed": String(chosen.has(option.value)),
        "data-value": option.value,
      },
      h("span", { class: "check", "aria-hidden": "true" }),
      h("span", { class: "choice-text" }, option.text),
    );
    button.addEventListener("click", () => {
      if (chosen.has(option.value)) chosen.delete(option.value);
      else chosen.add(option.value);
      button.setAttribute("aria-pressed", String(chosen.has(option.value)));
    });
    return h("li", { class: "option" }, button, soundButton(option.message_id, { label: `${t("nav-play")}: ${option.text}` }));
  });
  const next = () =>
    chosen.size === 0 && !q.required
      ? step("skip", { question: q.id })
      : step("answer", { question: q.id, answer: [...chosen] });
  return [
    h("p", { class: "hint" }, t("choose-many")),
    h("ul", { class: "options", "aria-labelledby": "question-text" }, options),
    h("div", { class: "actions" }, h("button", { type: "button", class: "primary next", onclick: next }, t("nav-next"))),
  ];
}

function freeText(q) {
  const box = h("textarea", {
    id: "free-text",
    rows: 5,
    maxlength: q.max_chars,
    placeholder: t("free-text-placeholder"),
    "aria-labelledby": "question-text",
    dir: "auto",
  });
  if (typeof q.answer === "string") box.value = q.answer;
  const next = () =>
    box.value.trim() === ""
      ? step("skip", { question: q.id })
      : step("answer", { question: q.id, answer: box.value });
  return [
    box,
    h(
      "div",
      { class: "actions" },
      h("button", { type: "button", class: "primary next", onclick: next }, t("nav-next")),
      q.required ? null : skipButton(q),
    ),
  ];
}

function skipButton(q) {
  return h("button", { type: "button", class: "secondary skip", onclick: () => step("skip", { question: q.id }) }, t("free-text-skip"));
}

/** The web survey's access code, when the link did not carry a right one. */
function codeEntry() {
  const input = h("input", {
    id: "code",
    type: "text",
    autocomplete: "off",
    autocapitalize: "characters",
    spellcheck: "false",
    inputmode: "text",
    dir: "ltr",
    "aria-describedby": "code-help",
  });
  const problem = h("p", { id: "code-problem", class: "problem", role: "alert" });
  const submit = async (event) => {
    event.preventDefault();
    problem.textContent = "";
    try {
      render(await call("enter_code", { code: input.value }));
    } catch (error) {
      problem.textContent = error.message;
      input.focus();
    }
  };
  show(
    "code",
    topBar(leave),
    h(
      "form",
      { class: "code-entry", "aria-labelledby": "code-title", onsubmit: submit },
      h("h1", { id: "code-title" }, t("web-code-title")),
      h("p", { id: "code-help", class: "lead" }, ...keepingCodesLeftToRight(t("web-code-help"))),
      h("label", { for: "code" }, t("web-code-label")),
      input,
      problem,
      h("button", { type: "submit", class: "primary" }, t("web-code-submit")),
    ),
  );
}

/** Text with each access code in it (0301-ABCD-…) set apart left to right, so that a
 *  right-to-left sentence does not reorder the code's parts. */
function keepingCodesLeftToRight(text) {
  return text
    .split(/(\d{4}(?:-[A-Z0-9]{4})+)/)
    .map((part, i) => (i % 2 === 1 ? h("bdi", { dir: "ltr" }, part) : part));
}

/** The web survey's thank-you: whether the response is sent or waits, sealed, for a network.
 *  It stays until the participant leaves, or hands the device to someone else. */
function webEnding(delivery) {
  idle.stop();
  show(
    "finish-thanks",
    h(
      "section",
      { class: "ending", "aria-labelledby": "ending-title" },
      h("div", { class: "heading-row" }, h("h1", { id: "ending-title" }, t("finish-thanks")), soundButton("finish-thanks")),
      h("p", { class: "lead", id: "delivery", "data-delivery": delivery }, t(delivery === "sent" ? "web-sent" : "web-waiting")),
      h("button", { type: "button", class: "secondary", onclick: welcome }, t("web-another")),
    ),
  );
}

/** Thank you (or screened out), then the welcome screen for the next participant. */
function ending(clip, detail) {
  idle.stop();
  show(
    clip,
    h(
      "section",
      { class: "ending", "aria-labelledby": "ending-title" },
      h("div", { class: "heading-row" }, h("h1", { id: "ending-title" }, t(clip)), soundButton(clip)),
      detail ? h("p", { class: "lead" }, detail) : null,
    ),
  );
  endingTimer = setTimeout(async () => {
    await call("end_session");
    welcome();
  }, ENDING_SECONDS * 1000);
}

/** Outside the survey period: say so in the chosen language, then back to the welcome. */
function closed() {
  const period = appInfo().survey_period;
  show(
    "survey-closed",
    h(
      "section",
      { class: "ending", "aria-labelledby": "ending-title" },
      h("div", { class: "heading-row" }, h("h1", { id: "ending-title" }, t("survey-closed")), soundButton("survey-closed")),
      h("p", { class: "lead" }, t("survey-closed-detail", period)),
    ),
  );
  endingTimer = setTimeout(welcome, ENDING_SECONDS * 1000);
}

/** The practice banner, in the language on screen, whenever practice mode is on. */
export function showPracticeBanner() {
  const banner = document.getElementById("practice-banner");
  banner.hidden = !appInfo().coordinator.practice;
  banner.textContent = t("practice-banner");
}
