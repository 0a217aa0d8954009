// The participant's screens: welcome (the 24 languages), the access code (web survey only),
// privacy notice, one question per screen, the confirmations (stopping, being screened out)
// and the endings (thank you, screened out, survey closed); on the web also the invitation an
// invitation's link opens on, read aloud. Every screen is drawn from the
// engine's SessionView; the page keeps no answer of its own beyond the one being chosen on
// screen. Every text shown is bound to its clip (sound.said), so that it can be heard.

import { h, svg, show, notify, justDrawn, doubleTapFilter } from "./dom.js";
import { call } from "./ipc.js";
import { face } from "./faces.js";
import * as sound from "./sound.js";
import { soundButton, soundBar, said, numberedClips } from "./sound.js";
import { appInfo, t, template, unbroken, useLanguage } from "./texts.js";
import * as idle from "./idle.js";
import * as display from "./display.js";

/** After an ending's sound has played, time to read it before the next participant's turn. */
const READ_AFTER_SOUND_MS = 8000;
/** Without sound, the whole time an ending stays. */
const READ_WITHOUT_SOUND_MS = 20000;

/** Bumped whenever a screen other than an ending shows, so that an ending's wait ends. */
let endingToken = 0;

const icon = (path, { mirrored = false } = {}) =>
  svg(`<svg class="${mirrored ? "arrow" : "icon"}" viewBox="0 0 24 24" width="24" height="24"
    aria-hidden="true" focusable="false"><path d="${path}" fill="none" stroke="currentColor"
    stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/></svg>`);
// Arrows point the way the page reads; right-to-left pages mirror them (css: .arrow).
const BACK = () => icon("M15 5l-7 7 7 7", { mirrored: true });
const NEXT = () => icon("M9 5l7 7-7 7", { mirrored: true });
const SKIP = () => icon("M6 5l7 7-7 7M13 5l7 7-7 7", { mirrored: true });
const CHECK = () => icon("M5 12.5l4.5 4.5L19 7");
const STOP = () => icon("M6 6l12 12M18 6L6 18");
const MORE = () => icon("M5 12h.01M12 12h.01M19 12h.01");
const MORE_BELOW = () => icon("M6 9l6 6 6-6");

/** A button with an icon and a text that is bound to its clip. */
function labelled(attributes, iconOf, id) {
  return h("button", { type: "button", ...attributes }, iconOf(), said(h("span", {}, t(id)), id));
}

/** The welcome screen, ready for the next participant with nothing of the last one left. */
export async function welcome() {
  endingToken += 1;
  sound.newScreen();
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
  const tiles = info.languages.map(languageTile);
  // Heading, sound controls and one line of help above the tiles, so that all 24 languages
  // still fit one screen.
  show(
    "welcome",
    h(
      "section",
      { class: "welcome", "aria-labelledby": "welcome-title" },
      h(
        "div",
        { class: "heading-row" },
        said(h("h1", { id: "welcome-title" }, t("welcome-greeting")), "welcome-greeting"),
        soundButton("welcome-choose-language", { then: ["welcome-instructions"] }),
        soundBar(),
      ),
      h(
        "p",
        { class: "lead" },
        said(h("span", { class: "choose" }, t("welcome-choose-language")), "welcome-choose-language"),
        said(h("span", {}, t("welcome-instructions")), "welcome-instructions"),
      ),
      h("ul", { class: "tiles", "aria-labelledby": "welcome-title" }, tiles),
    ),
  );
  // Heard from the start: the welcome says what to do as it shows, as the privacy notice and
  // each question do. Not on the web: a browser refuses to play before a tap, and playing in
  // the page's language would fetch that language's whole sound beside the one chosen.
  if (info.auto_play && !info.web) {
    sound.playAll(["welcome-greeting", "welcome-choose-language", "welcome-instructions"].map((clip) => ({ clip })));
  }
}

/** A language's tile: its greeting and name, each said in that language. */
function languageTile(lang) {
  return h(
    "li",
    { class: "tile", lang: lang.code, dir: lang.direction, "data-script": lang.script },
    h(
      "button",
      { type: "button", class: "tile-choose", "data-lang": lang.code, onclick: () => begin(lang.code) },
      said(h("span", { class: "tile-greeting" }, lang.greeting), "welcome-greeting", lang.code),
      // Each language says its own name, so that languages with the same greeting
      // (Dari and Persian) sound different too.
      said(h("span", { class: "tile-name" }, lang.autonym), "welcome-language", lang.code),
    ),
    soundButton("welcome-language", {
      lang: lang.code,
      label: `${lang.listen}: ${lang.autonym}`,
      then: ["welcome-greeting"],
    }),
  );
}

/** A language chosen offline that this device never loaded (web survey): said in that
 *  language, with the languages the device does keep to choose from instead. */
async function notKept(code, error) {
  const lang = appInfo().languages.find((l) => l.code === code);
  const keptLanguages = await call("kept_languages");
  sound.newScreen();
  show(
    "not-kept",
    h(
      "section",
      { class: "welcome not-kept", "aria-labelledby": "not-kept-title" },
      h(
        "div",
        { class: "with-speaker", lang: code, dir: lang.direction },
        said(h("h1", { id: "not-kept-title", class: "lead" }, error.message), NOT_KEPT, code),
        soundButton(NOT_KEPT, { lang: code, label: lang.listen }),
      ),
      h(
        "ul",
        { class: "tiles", "aria-labelledby": "not-kept-title" },
        appInfo().languages.filter((l) => keptLanguages.includes(l.code)).map(languageTile),
      ),
    ),
  );
  // Its clip is that language's, which the page keeps beside the language chosen before
  // (backend.js: keepEveryNotKept); quiet where it is not on this device either.
  if (appInfo().auto_play) sound.playAll([{ clip: NOT_KEPT, lang: code }], { quiet: true });
}

const NOT_KEPT = "web-language-not-kept";

/** A step is on its way to the back end: a second tap (a double tap, an impatient one) is
 *  ignored instead of sending the step again against a screen that is already gone; so is a
 *  tap on a screen drawn so recently that it cannot have been meant for it. */
let stepping = false;

async function once(work) {
  if (stepping || justDrawn()) return;
  stepping = true;
  try {
    await work();
  } finally {
    stepping = false;
  }
}

function begin(code) {
  return once(async () => {
    try {
      await useLanguage(code);
    } catch (error) {
      if (error.code === "web-language-not-kept") return notKept(code, error);
      throw error;
    }
    showPracticeBanner();
    try {
      render(await call("start_session", { language: code }));
    } catch (error) {
      if (error.code === "error-survey-closed") closed();
      else await failed(error);
    }
  });
}

/** Draws the screen for the engine's view of the session. */
function render(view) {
  endingToken += 1;
  sound.newScreen();
  notify("");
  switch (view.stage) {
    case "code":
      codeEntry();
      // Read as it shows, as a question is: it shows only after a tap (a language chosen).
      if (appInfo().auto_play) sound.playAll(["web-code-title", "web-code-help"].map((clip) => ({ clip })));
      return;
    case "privacy":
      idle.start(welcome);
      privacy();
      // The longest text of all, and the one a participant most needs to hear: read as it
      // shows, as each question is. A demo or a kiosk's practice run first says that it is one.
      sound.playAll(
        [banner(view), appInfo().auto_play ? "privacy-notice" : null]
          .filter(Boolean)
          .map((clip) => ({ clip })),
      );
      return;
    case "question":
      idle.start(welcome);
      question(view.question);
      if (appInfo().auto_play) sound.play(view.question.message_id);
      return;
    case "finished":
      if (view.delivery) return webEnding(view.delivery);
      return ending("finish-thanks", "finish-next");
    case "screened_out":
      return ending("screening-ended", null);
  }
}

/** The banner a session says as it begins: the web's demo, or a kiosk's practice run. */
function banner(view) {
  if (view.demo) return "demo-banner";
  return view.practice ? "practice-banner" : null;
}

function step(command, args = {}) {
  return once(async () => {
    try {
      render(await call(command, args));
    } catch (error) {
      await failed(error);
    }
  });
}

/** Draws again the screen the session is at (after a confirmation, or a tap too late). */
async function current() {
  try {
    render(await call("session_view"));
  } catch {
    await welcome();
  }
}

async function failed(error) {
  // A tap that reached a screen already gone: show where the session is, losing nothing.
  if (error.code === "error-wrong-step") return current();
  // A session the engine discarded (idle backstop) cannot go on: start again.
  if (error.code === "error-internal") return welcome();
  notify(error.message);
  if (sound.hasClip(error.code)) sound.play(error.code);
}

function topBar(onBack, { progress = null, stop = false } = {}) {
  return h(
    "header",
    { class: "bar" },
    labelled({ class: "back", onclick: onBack }, BACK, "nav-back"),
    progress,
    stop ? labelled({ class: "danger stop", onclick: () => once(async () => confirmStop()) }, STOP, "nav-stop") : null,
    display.controls(),
  );
}

/** A screen's controls: on the kiosk the sound bar and the top bar; on the web, where a phone's
 *  screen is small, one compact bar whose secondary controls open from one button. */
function bars(onBack, options = {}) {
  return appInfo().web ? [compactBar(onBack, options)] : [soundBar(), topBar(onBack, options)];
}

function compactBar(onBack, { progress = null, stop = false } = {}) {
  return h(
    "header",
    { class: "bar compact" },
    labelled({ class: "back", onclick: onBack }, BACK, "nav-back"),
    progress,
    h(
      "details",
      { class: "more" },
      h("summary", { class: "more-button", title: t("web-more") }, MORE(), h("span", { class: "visually-hidden" }, t("web-more"))),
      h(
        "div",
        { class: "more-panel" },
        soundBar(),
        autoPlaySwitch(),
        stop ? labelled({ class: "danger stop", onclick: () => once(async () => confirmStop()) }, STOP, "nav-stop") : null,
        display.controls(),
      ),
    ),
  );
}

/** Whether each question is read aloud as it shows; the label says what a tap does. */
function autoPlaySwitch() {
  const on = Boolean(appInfo().auto_play);
  const textId = on ? "coord-auto-play-off" : "coord-auto-play-on";
  return h(
    "button",
    {
      type: "button",
      id: "auto-play",
      class: "secondary",
      "aria-pressed": String(on),
      onclick: async (event) => {
        const button = event.currentTarget;
        appInfo().auto_play = await call("set_auto_play", { on: !on });
        if (!appInfo().auto_play) sound.stop();
        button.replaceWith(autoPlaySwitch());
      },
    },
    h("span", {}, t(textId)),
  );
}

function privacy() {
  show(
    "privacy",
    ...bars(leave),
    h(
      "section",
      { class: "privacy", "aria-labelledby": "privacy-title" },
      h(
        "div",
        { class: "heading-row" },
        said(h("h1", { id: "privacy-title" }, t("privacy-title")), "privacy-title"),
        soundButton("privacy-notice"),
      ),
      said(h("p", { class: "privacy-text" }, unbroken(t("privacy-notice"))), "privacy-notice"),
      labelled({ class: "primary", onclick: () => step("accept_privacy") }, NEXT, "privacy-accept"),
    ),
  );
}

/** Back from the privacy notice: the participant chose the wrong language or changed mind. */
function leave() {
  return once(async () => {
    await call("end_session");
    await welcome();
  });
}

function question(q) {
  const progress = h(
    "div",
    { class: "progress" },
    said(
      h("span", { id: "progress-text" }, t("progress", { current: q.position, total: q.total })),
      numberedClips(template("progress"), { current: q.position, total: q.total }),
    ),
    h("progress", { max: q.total, value: q.position, "aria-labelledby": "progress-text" }),
  );
  const body = [];
  if (q.block_title) {
    body.push(said(h("p", { class: "block-title" }, q.block_title), q.block_title_id));
  }
  body.push(
    h(
      "div",
      { class: "heading-row" },
      said(h("h1", { id: "question-text" }, unbroken(q.text)), q.message_id),
      soundButton(q.message_id),
    ),
  );
  if (q.kind === "free_text") body.push(...freeText(q));
  else if (q.kind === "multiple") body.push(...multiple(q));
  else body.push(...single(q));
  show(
    "question",
    ...bars(() => step("back"), { progress, stop: true }),
    h(
      "section",
      { class: `question kind-${q.kind}`, "data-question": q.id, "data-kind": q.kind, "aria-labelledby": "question-text" },
      body,
      h("div", { class: "more-below", "aria-hidden": "true" }, MORE_BELOW()),
    ),
  );
  cueWhatIsBelow();
  markMoreBelow();
}

/** Where a question's answers do not all fit the screen, an arrow says that more follow (the
 *  list keeps its order: the scale's last answer is never silently out of sight), until the
 *  last answer has been scrolled into view. */
let belowWatcher = null;

function cueWhatIsBelow() {
  const screen = document.getElementById("screen");
  // The last screen's answers are gone: its watcher would call them out of sight.
  belowWatcher?.disconnect();
  screen.dataset.moreBelow = "false";
  const last = [...screen.querySelectorAll(".question .choice, .question textarea")].pop();
  if (!last || !("IntersectionObserver" in window)) return;
  const actions = screen.querySelector(".question .actions");
  const covered = actions ? actions.offsetHeight : 0;
  belowWatcher = new IntersectionObserver(
    ([entry]) => (screen.dataset.moreBelow = String(entry.intersectionRatio < 0.99)),
    { rootMargin: `0px 0px -${covered}px 0px`, threshold: [0, 0.99, 1] },
  );
  belowWatcher.observe(last);
}

/**
 * Whether more of the question lies below what shows. The bar with "next" then draws a shadow
 * over the edge of the answers it stands on, so that an answer cut by it reads as "more below",
 * not as the end of the list.
 */
function markMoreBelow() {
  const bar = document.querySelector(".question .actions");
  const answers = document.querySelector(".question .options, .question textarea");
  if (!bar || !answers) return;
  const last = (answers.lastElementChild ?? answers).getBoundingClientRect();
  bar.classList.toggle("has-more-below", last.bottom > bar.getBoundingClientRect().top + 1);
}
window.addEventListener("scroll", markMoreBelow, { passive: true });
// Larger text, a notice, a new question: anything that changes the page's height.
new ResizeObserver(markMoreBelow).observe(document.documentElement);

/** Single choice, yes/no and agreement: choosing an answer moves on at once, except the
 *  answer that ends the survey, which is confirmed first. */
function single(q) {
  const chosen = typeof q.answer === "string" ? q.answer : null;
  const choose = (value) =>
    value === q.ends_survey_on
      ? once(async () => confirmScreening(q, value))
      : step("answer", { question: q.id, answer: value });
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
          onclick: () => choose(option.value),
        },
        q.kind === "agreement" ? face(option.value) : null,
        said(h("span", { class: "choice-text" }, unbroken(option.text)), option.message_id),
      ),
      soundButton(option.message_id, { label: `${t("nav-play")}: ${option.text}` }),
    ),
  );
  return [
    said(h("p", { class: "hint" }, t("choose-one")), "choose-one"),
    h("ul", { class: "options", "aria-labelledby": "question-text" }, options),
    q.required ? null : h("div", { class: "actions" }, skipButton(q)),
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
      said(h("span", { class: "choice-text" }, unbroken(option.text)), option.message_id),
    );
    const secondTap = doubleTapFilter();
    button.addEventListener("click", () => {
      // The second tap of a double tap on the last screen's "next" chooses nothing here.
      if (justDrawn()) return;
      if (secondTap()) return;
      if (chosen.has(option.value)) chosen.delete(option.value);
      else chosen.add(option.value);
      button.setAttribute("aria-pressed", String(chosen.has(option.value)));
    });
    return h("li", { class: "option" }, button, soundButton(option.message_id, { label: `${t("nav-play")}: ${option.text}` }));
  });
  const next = () => {
    if (chosen.size > 0) return step("answer", { question: q.id, answer: [...chosen] });
    if (!q.required) return step("skip", { question: q.id });
    return failed({ code: "error-nothing-chosen", message: t("error-nothing-chosen") });
  };
  return [
    said(h("p", { class: "hint" }, t("choose-many")), "choose-many"),
    h("ul", { class: "options", "aria-labelledby": "question-text" }, options),
    h(
      "div",
      { class: "actions" },
      labelled({ class: "primary next", onclick: next }, NEXT, "nav-next"),
      q.required ? null : skipButton(q),
    ),
  ];
}

function freeText(q) {
  const box = said(
    h("textarea", {
      id: "free-text",
      rows: 5,
      maxlength: q.max_chars,
      placeholder: t("free-text-placeholder"),
      "aria-labelledby": "question-text",
      dir: "auto",
    }),
    "free-text-placeholder",
  );
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
      labelled({ class: "primary next", onclick: next }, NEXT, "nav-next"),
      q.required ? null : skipButton(q),
    ),
  ];
}

function skipButton(q) {
  return labelled({ class: "secondary skip", onclick: () => step("skip", { question: q.id }) }, SKIP, "free-text-skip");
}

/** A question of the confirmation screens: its text spoken at once, two ways on. */
function confirmation(name, textId, yes, no) {
  show(
    name,
    soundBar(),
    h(
      "section",
      { class: "confirm", "aria-labelledby": "confirm-title" },
      h(
        "div",
        { class: "heading-row" },
        said(h("h1", { id: "confirm-title" }, t(textId)), textId),
        soundButton(textId),
      ),
      h("div", { class: "actions" }, yes, no),
    ),
  );
  sound.play(textId);
}

/** "Yes" to the screening question ends the survey: the participant confirms it first. */
function confirmScreening(q, value) {
  endingToken += 1;
  sound.newScreen();
  notify("");
  confirmation(
    "screening-confirm",
    "screening-confirm",
    labelled(
      { class: "primary confirm-yes", onclick: () => step("answer", { question: q.id, answer: value }) },
      CHECK,
      "screening-confirm-yes",
    ),
    labelled({ class: "secondary confirm-no", onclick: () => once(current) }, BACK, "nav-back"),
  );
}

/** The participant wants to stop: once confirmed, nothing of the session is kept. */
function confirmStop() {
  endingToken += 1;
  sound.newScreen();
  notify("");
  confirmation(
    "stop-confirm",
    "stop-confirm",
    labelled(
      {
        class: "danger confirm-yes",
        onclick: () =>
          once(async () => {
            await call("end_session");
            await welcome();
          }),
      },
      STOP,
      "stop-yes",
    ),
    labelled({ class: "primary confirm-no", onclick: () => once(current) }, BACK, "stop-no"),
  );
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
  // The problem's speaker, beside it while there is one.
  const problemRow = h("div", { class: "with-speaker" }, problem);
  const submit = async (event) => {
    event.preventDefault();
    problem.textContent = "";
    delete problem.dataset.said;
    problemRow.replaceChildren(problem);
    try {
      render(await call("enter_code", { code: input.value }));
    } catch (error) {
      problem.textContent = error.message;
      input.focus();
      const clip = SPOKEN_AS[error.code] ?? error.code;
      if (!sound.hasClip(clip)) return;
      said(problem, clip);
      problemRow.append(soundButton(clip));
      // Said as it appears, as every other error is (failed).
      sound.play(clip);
    }
  };
  show(
    "code",
    ...bars(leave),
    h(
      "form",
      { class: "code-entry", "aria-labelledby": "code-title", onsubmit: submit },
      h(
        "div",
        { class: "heading-row" },
        said(h("h1", { id: "code-title" }, t("web-code-title")), "web-code-title"),
        soundButton("web-code-title", { then: ["web-code-help"] }),
      ),
      said(h("p", { id: "code-help", class: "lead" }, ...keepingCodesLeftToRight(t("web-code-help"))), "web-code-help"),
      said(h("label", { for: "code" }, t("web-code-label")), "web-code-label"),
      input,
      problemRow,
      labelled({ type: "submit", class: "primary" }, NEXT, "web-code-submit"),
    ),
  );
}

/** Errors whose text says a number that changes (the seconds to wait): their clips say the
 *  same without it. */
const SPOKEN_AS = { "web-code-throttled": "web-code-throttled-spoken" };

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
  const clip = { demo: "demo-banner", sent: "web-sent", slowed: "web-slowed" }[delivery] ?? "web-waiting";
  show(
    "finish-thanks",
    h(
      "section",
      { class: "ending", "aria-labelledby": "ending-title" },
      h(
        "div",
        { class: "heading-row" },
        said(h("h1", { id: "ending-title" }, t("finish-thanks")), "finish-thanks"),
        soundButton("finish-thanks", { then: [clip] }),
      ),
      h(
        "div",
        { class: "with-speaker" },
        said(h("p", { class: "lead", id: "delivery", "data-delivery": delivery }, t(clip)), clip),
        soundButton(clip),
      ),
      h("button", { type: "button", class: "secondary another", onclick: welcome }, said(h("span", {}, t("web-another")), "web-another")),
    ),
  );
  // What became of the response is what a participant most needs to hear: read as it shows.
  if (appInfo().auto_play) sound.playAll(["finish-thanks", clip].map((c) => ({ clip: c })));
}

/**
 * Thank you, screened out or closed: said aloud, and kept until the sound has played and
 * there was time to read it (or until "done"), then the welcome screen for the next person.
 */
function ending(clip, detailId, detailText = null) {
  idle.stop();
  const token = ++endingToken;
  const finish = () =>
    once(async () => {
      if (token === endingToken) await welcome();
    });
  show(
    clip,
    soundBar(),
    h(
      "section",
      { class: "ending", "aria-labelledby": "ending-title" },
      h(
        "div",
        { class: "heading-row" },
        said(h("h1", { id: "ending-title" }, t(clip)), clip),
        soundButton(clip, { then: detailId ? [detailId] : [] }),
      ),
      detailId ? said(h("p", { class: "lead" }, t(detailId)), detailId) : null,
      detailText ? h("p", { class: "lead" }, detailText) : null,
      h("div", { class: "actions" }, labelled({ class: "primary done", onclick: finish }, CHECK, "nav-done")),
    ),
  );
  leaveWhenRead(token, [clip, detailId].filter(Boolean));
}

async function leaveWhenRead(token, clips) {
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  if (!sound.available()) {
    await sleep(READ_WITHOUT_SOUND_MS);
  } else {
    await sound.playAll(clips.map((clip) => ({ clip })));
    // Listening again (the speaker, "listen to all") keeps the ending on screen.
    do {
      await sleep(READ_AFTER_SOUND_MS);
    } while (token === endingToken && document.documentElement.dataset.playing === "true");
  }
  if (token !== endingToken) return;
  endingToken += 1;
  await welcome();
}

/** Outside the survey period: say so in the chosen language, then back to the welcome. */
function closed() {
  ending("survey-closed", null, t("survey-closed-detail", appInfo().survey_period));
}

/** The practice banner, in the language on screen, whenever practice mode is on; the web's
 *  demo has its own words for it ("a demo, nothing is saved or sent") on every screen. */
export function showPracticeBanner() {
  const banner = document.getElementById("practice-banner");
  const demo = Boolean(appInfo().demo);
  banner.hidden = !demo && !appInfo().coordinator.practice;
  // The screen's top makes room for the banner (css).
  document.documentElement.dataset.practice = String(!banner.hidden);
  const id = demo ? "demo-banner" : "practice-banner";
  banner.dataset.banner = id;
  banner.replaceChildren(said(h("span", {}, t(id)), id), soundButton(id));
}

/** What the spoken invitation says, in order, after its title. */
const INVITATION = ["invite-what", "invite-anonymous", "invite-time", "invite-ear", "invite-help"];

/** The invitation, in the language its link names: each text with its speaker, the sound
 *  controls in sight, and all of it read aloud as it shows (where the browser lets a page play
 *  before a tap). "Start" begins the survey in that language; "back" shows every language. */
export async function invitation(code) {
  endingToken += 1;
  sound.newScreen();
  idle.stop();
  display.reset();
  notify("");
  await call("end_session");
  const info = appInfo();
  info.coordinator = await call("coordinator_state");
  await useLanguage(code);
  showPracticeBanner();
  show(
    "invitation",
    h("header", { class: "bar compact" }, labelled({ class: "back", onclick: () => once(welcome) }, BACK, "nav-back")),
    // In sight, not behind the web's "more" button: listening is what this screen is for.
    soundBar(),
    h(
      "section",
      { class: "invitation", "aria-labelledby": "invitation-title" },
      h(
        "div",
        { class: "heading-row" },
        said(h("h1", { id: "invitation-title" }, t("invite-title")), "invite-title"),
        soundButton("invite-title", { then: INVITATION }),
      ),
      INVITATION.map((id) =>
        h("div", { class: "invitation-part" }, said(h("p", {}, t(id)), id), soundButton(id)),
      ),
      h("div", { class: "actions" }, labelled({ class: "primary start", onclick: () => begin(code) }, NEXT, "invite-start")),
    ),
  );
  sound.listenToAll({ within: "section.invitation", quiet: true });
}
