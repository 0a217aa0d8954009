// Coordinator mode: the hidden door (a long press in the top-left corner, or Ctrl+Alt+K),
// the PIN (chosen twice at first start, then asked each time, typed on an on-screen keypad or
// a keyboard), and the coordinator's screen: the kiosk's state, a sound test, the practice
// run, enrolment and sync, and leaving the kiosk (after a question). The screen locks itself
// after a few idle minutes, and while it shows no participant's timer can draw over it.
// Always in the source language (Norwegian Bokmål): coordinators are the centre's staff.

import { h, show, notify } from "./dom.js";
import { call } from "./ipc.js";
import { appInfo, t, useLanguage } from "./texts.js";
import { showPracticeBanner, welcome } from "./participant.js";
import * as idle from "./idle.js";
import * as mode from "./mode.js";

const LONG_PRESS_MS = 2000;

export function install() {
  const corner = document.getElementById("corner");
  let timer = null;
  const cancel = () => clearTimeout(timer);
  corner.addEventListener("pointerdown", () => {
    cancel();
    timer = setTimeout(open, LONG_PRESS_MS);
  });
  for (const type of ["pointerup", "pointerleave", "pointercancel"]) {
    corner.addEventListener(type, cancel);
  }
  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey && event.altKey && event.key.toLowerCase() === "k") {
      event.preventDefault();
      open();
    }
  });
  for (const type of ["pointerdown", "keydown", "input"]) {
    document.addEventListener(type, () => autoLock.activity(), { capture: true, passive: true });
  }
}

/** Opens coordinator mode; a participant's session in progress is discarded. */
export async function open() {
  // First, so that no participant's timer that fires from now on can draw its screen.
  mode.enterCoordinator();
  idle.stop();
  await call("end_session");
  await useLanguage(appInfo().source_language);
  const state = await call("coordinator_state");
  if (!state.pin_set) return setPin();
  if (state.unlocked) return panel();
  return unlock();
}

/**
 * Locks the panel after `coordinator_auto_lock_seconds` without a touch or key. The engine
 * refuses coordinator actions after the same time on its own, in case this page stops counting.
 */
const autoLock = {
  timer: null,
  start() {
    this.stop();
    this.timer = setTimeout(async () => {
      this.timer = null;
      await call("coordinator_lock");
      unlock(t("coord-auto-locked"));
    }, appInfo().coordinator_auto_lock_seconds * 1000);
  },
  activity() {
    if (this.timer === null) return;
    this.start();
    // The engine keeps its own count; any tap on the panel keeps it open there too. A panel
    // the engine has locked meanwhile asks for the PIN.
    call("coordinator_touch").catch(lockedOrShown);
  },
  stop() {
    clearTimeout(this.timer);
    this.timer = null;
  },
};

/** What every coordinator action does with its failure: a panel the engine locked shows the
 *  PIN prompt with the reason; anything else is said where the coordinator looks. */
function lockedOrShown(error) {
  if (!showsLock(error)) notify(error.message);
}

/** Whether `error` says the engine locked coordinator mode; if so, the PIN prompt shows. */
function showsLock(error) {
  if (error?.code !== "coord-auto-locked") return false;
  unlock(error.message);
  return true;
}

const MAX_PIN_DIGITS = 12;
const MIN_PIN_DIGITS = 4;

/**
 * Digit keys for the PIN, large enough for a finger. A digit goes to the field the coordinator
 * chose last (the first at the start), unless that one is full: then to the first field that
 * still takes digits. A PIN may have 4 to 12 digits, so the first of two fields is complete
 * only when the coordinator says so: with the confirm button (`pinForm` then moves on to the
 * second field) or by tapping the second field.
 */
function keypad(fields) {
  let target = fields[0];
  for (const field of fields) field.addEventListener("focus", () => (target = field));
  const press = (change) => {
    if (target.value.length >= MAX_PIN_DIGITS) {
      target = fields.find((field) => field.value.length < MAX_PIN_DIGITS) ?? target;
    }
    target.value = change(target.value).slice(0, MAX_PIN_DIGITS);
    target.dispatchEvent(new Event("input", { bubbles: true }));
  };
  const digit = (d) =>
    h("button", { type: "button", class: "key", "data-digit": d, onclick: () => press((v) => v + d) }, d);
  const erase = h(
    "button",
    { type: "button", class: "key key-erase", id: "keypad-erase", onclick: () => press((v) => v.slice(0, -1)) },
    t("coord-keypad-erase"),
  );
  // Digits stay in telephone order whatever the page's direction.
  return h(
    "div",
    { class: "keypad", dir: "ltr" },
    ..."123456789".split("").map(digit),
    erase,
    digit("0"),
  );
}

function pinField(id, labelText) {
  const input = h("input", {
    id,
    type: "password",
    inputmode: "numeric",
    autocomplete: "off",
    pattern: "[0-9]*",
    minlength: 4,
    maxlength: 12,
    "aria-describedby": "pin-rule",
  });
  return { input, label: h("label", { for: id }, labelText) };
}

function pinForm({ screen, label, again, submit, send, notice, cancel }) {
  const first = pinField("pin", label);
  const second = again ? pinField("pin-again", again) : null;
  const fields = second ? [first.input, second.input] : [first.input];
  const message = h("p", { id: "pin-message", class: "form-error", role: "alert" }, notice ?? "");
  const form = h(
    "form",
    {
      class: "pin-form",
      onsubmit: async (event) => {
        event.preventDefault();
        if (second && second.input.value === "" && first.input.value.length >= MIN_PIN_DIGITS) {
          // The first PIN is complete: the keypad now types the second.
          message.textContent = "";
          second.input.focus();
          return;
        }
        try {
          await call(send, { pin: first.input.value, ...(second ? { repeated: second.input.value } : {}) });
          panel();
        } catch (error) {
          message.textContent = error.message;
          for (const field of fields) field.value = "";
          first.input.focus();
        }
      },
    },
    // Fields and buttons beside the keypad, so that the whole form fits a landscape screen.
    h(
      "div",
      { class: "pin-fields" },
      h("p", { id: "pin-rule", class: "pin-rule" }, t("coord-pin-rule")),
      first.label,
      first.input,
      second?.label,
      second?.input,
      message,
      h(
        "div",
        { class: "actions" },
        h("button", { type: "submit", class: "primary", id: "pin-submit" }, submit),
        cancel ? h("button", { type: "button", class: "secondary", onclick: cancel }, t("coord-close")) : null,
      ),
    ),
    keypad(fields),
  );
  show(
    screen,
    h("section", { class: "coordinator", "aria-labelledby": "coord-title" }, h("h1", { id: "coord-title" }, t("coord-title")), form),
  );
  first.input.focus();
}

/** First start: the coordinator chooses the PIN, twice, before any participant can begin. */
function setPin() {
  pinForm({
    screen: "coordinator-set-pin",
    label: t("coord-pin-set"),
    again: t("coord-pin-again"),
    submit: t("coord-pin-confirm"),
    send: "coordinator_set_pin",
  });
}

/** The PIN screen; `notice` says why it shows (the panel locked itself). */
function unlock(notice = null) {
  autoLock.stop();
  pinForm({
    screen: "coordinator-unlock",
    label: t("coord-pin-enter"),
    submit: t("coord-unlock"),
    send: "coordinator_unlock",
    notice,
    cancel: close,
  });
}

async function panel() {
  let view;
  try {
    view = await call("coordinator_status");
  } catch (error) {
    return unlock();
  }
  appInfo().coordinator.practice = view.practice;
  appInfo().coordinator.pin_set = true;
  appInfo().auto_play = view.auto_play;
  showPracticeBanner();
  const status = view.status;
  const row = (label, value, id) => [h("dt", {}, label), h("dd", { id }, String(value))];
  // The system's own words for the problem are English and technical: they go to the log,
  // the coordinator reads plain Norwegian.
  const audio = t(view.audio_available ? "coord-audio-ok" : "coord-audio-missing");
  const voices = view.stand_in_voices.length
    ? view.stand_in_voices.map((v) => `${v.name} (${v.code}): ${v.voice_language}`).join(", ")
    : t("coord-voices-none");
  const recorded = view.recorded_voices.length
    ? view.recorded_voices.map((v) => `${v.name} (${v.code}): ${v.recorded}`).join(", ")
    : t("coord-recorded-none");
  const actions = h(
    "div",
    { class: "actions" },
    h("button", { type: "button", class: "primary", id: "coord-close", onclick: close }, t("coord-close")),
    h("button", { type: "button", class: "danger", id: "coord-exit", onclick: () => confirmExit(actions) }, t("coord-exit")),
  );
  show(
    "coordinator",
    h(
      "section",
      { class: "coordinator panel", "aria-labelledby": "coord-title" },
      h("h1", { id: "coord-title" }, t("coord-title")),
      // Sending comes first on a narrow screen and beside the state on a wide one, so that its
      // button and report are in view as the panel opens.
      connection(view),
      h(
        "div",
        { class: "panel-state" },
        updateNotice(view),
        h(
        "dl",
        { class: "status" },
        row(t("coord-pack"), `${status.pack_id} v${status.pack_version}`, "coord-pack"),
        row(t("coord-period"), `${status.survey_period.opens} – ${status.survey_period.closes}`, "coord-period"),
        row(t("coord-pending"), status.responses.pending, "coord-pending"),
        row(t("coord-synced"), status.responses.synced, "coord-synced"),
        row(t("coord-last-sync"), view.last_sync ?? t("coord-never"), "coord-last-sync"),
        row(t("coord-audio"), audio, "coord-audio"),
        row(t("coord-voices"), voices, "coord-voices"),
        row(t("coord-recorded"), recorded, "coord-recorded"),
      ),
      soundTest(view),
      practiceRun(view),
      autoPlayToggle(view),
      actions,
      ),
    ),
  );
  autoLock.start();
}

/** Says that the collector offers a newer app, and how to get it; empty (and unseen) otherwise. */
function updateNotice(view) {
  return h("p", { class: "update-notice", id: "coord-update", role: "status" }, updateText(view));
}

function updateText(view) {
  return view.update_offered ? t("coord-update-offered", { version: view.update_offered }) : "";
}

/** Plays the greeting, or says in plain words that this machine has no sound device. */
function soundTest(view) {
  const message = h("p", { id: "coord-sound-message", role: "status", "aria-live": "polite" });
  const button = h(
    "button",
    {
      type: "button",
      class: "secondary",
      id: "coord-sound-test",
      onclick: async () => {
        if (!view.audio_available) {
          message.textContent = t("coord-sound-test-none");
          return;
        }
        try {
          await call("coordinator_sound_test");
          message.textContent = t("coord-sound-test-playing");
        } catch (error) {
          if (!showsLock(error)) message.textContent = error.message;
        }
      },
    },
    t("coord-sound-test"),
  );
  return h("div", { class: "sound-test" }, h("div", { class: "actions" }, button), message);
}

/** "Start a practice round": the next participant practises, and after that one run the
 *  kiosk stores answers again without anyone switching anything off. */
function practiceRun(view) {
  const button = h(
    "button",
    {
      type: "button",
      id: "coord-practice",
      class: "secondary",
      "aria-pressed": String(view.practice),
      onclick: async () => {
        try {
          await call("coordinator_practice", { on: !view.practice });
          panel();
        } catch (error) {
          lockedOrShown(error);
        }
      },
    },
    view.practice ? t("coord-practice-off") : t("coord-practice-on"),
  );
  return h(
    "div",
    { class: "practice-run" },
    h("div", { class: "actions" }, button),
    view.practice ? h("p", { id: "coord-practice-ready", class: "lead" }, t("coord-practice-ready")) : null,
  );
}

/** Whether each question is read aloud as it shows, for this kiosk (on unless switched off). */
function autoPlayToggle(view) {
  const button = h(
    "button",
    {
      type: "button",
      id: "coord-auto-play",
      class: "secondary",
      "aria-pressed": String(view.auto_play),
      onclick: async () => {
        try {
          await call("coordinator_auto_play", { on: !view.auto_play });
          panel();
        } catch (error) {
          lockedOrShown(error);
        }
      },
    },
    view.auto_play ? t("coord-auto-play-off") : t("coord-auto-play-on"),
  );
  return h("div", { class: "actions" }, button);
}

/** Asks before the kiosk closes: a mistaken tap would leave a class without a kiosk. */
function confirmExit(actions) {
  const no = h(
    "button",
    { type: "button", class: "primary", id: "coord-exit-cancel", onclick: () => actions.replaceChildren(...saved) },
    t("coord-exit-no"),
  );
  const saved = [...actions.children];
  actions.replaceChildren(
    h(
      "div",
      { class: "confirm", role: "alertdialog", "aria-labelledby": "coord-exit-question" },
      h("p", { id: "coord-exit-question" }, t("coord-exit-question")),
      h(
        "div",
        { class: "actions" },
        no,
        h("button", { type: "button", class: "danger", id: "coord-exit-confirm", onclick: () => call("coordinator_exit").catch(lockedOrShown) }, t("coord-exit-yes")),
      ),
    ),
  );
  no.focus();
}

/** Enrolment (a form until the kiosk is enrolled) and the sync button with its progress. */
function connection(view) {
  const message = h("p", { id: "connection-message", role: "status", "aria-live": "polite" });
  const progress = h("progress", { id: "sync-progress", max: 1, value: 0, hidden: true });
  if (!view.enrolment) {
    const url = h("input", { id: "collector-url", type: "url", autocomplete: "off" });
    const code = h("input", { id: "access-code", type: "text", autocomplete: "off", required: true });
    const name = h("input", { id: "kiosk-name", type: "text", autocomplete: "off", maxlength: 40 });
    const form = h(
      "form",
      {
        class: "enrol-form",
        onsubmit: async (event) => {
          event.preventDefault();
          message.textContent = "";
          try {
            await call("coordinator_enrol", { collector: url.value, code: code.value, name: name.value });
            panel();
          } catch (error) {
            if (showsLock(error)) return;
            message.className = "form-error";
            message.textContent = error.message;
            code.focus();
          }
        },
      },
      h("label", { for: "collector-url" }, t("coord-collector-url")),
      url,
      h("label", { for: "access-code" }, t("coord-access-code")),
      code,
      h("label", { for: "kiosk-name" }, t("coord-kiosk-name")),
      name,
      h("button", { type: "submit", class: "primary", id: "coord-enrol" }, t("coord-enrol")),
    );
    return h("section", { id: "coord-connection", class: "connection" }, h("p", {}, t("error-not-enrolled")), form, message);
  }
  const stop = h(
    "button",
    {
      type: "button",
      class: "secondary",
      id: "coord-sync-stop",
      hidden: true,
      onclick: async () => {
        stop.disabled = true;
        await call("coordinator_sync_cancel").catch(() => {});
      },
    },
    t("coord-sync-stop"),
  );
  const report = h("ul", { id: "sync-report", class: "sync-report", hidden: true });
  const sync = h(
    "button",
    {
      type: "button",
      class: "primary",
      id: "coord-sync",
      onclick: async () => {
        sync.disabled = true;
        message.className = "";
        message.textContent = "";
        report.hidden = true;
        try {
          await call("coordinator_sync");
        } catch (error) {
          if (showsLock(error)) return;
          message.className = "form-error";
          message.textContent = error.message;
          sync.disabled = false;
          return;
        }
        progress.hidden = false;
        stop.hidden = false;
        stop.disabled = false;
        follow({ progress, message, report, button: sync, stop });
      },
    },
    t("coord-sync"),
  );
  return h(
    "section",
    { id: "coord-connection", class: "connection" },
    h("p", { id: "coord-enrolled" }, t("coord-enrolled", { municipality: `${view.enrolment.municipality_number} ${view.enrolment.municipality_name}` })),
    h("div", { class: "actions" }, sync, stop),
    progress,
    message,
    report,
  );
}

/** Responses refused for their date wait on the kiosk; each kind says why, with both clocks. */
const DATE_REFUSAL_MESSAGES = {
  outside_period: "coord-sync-kept-outside-period",
  future_date: "coord-sync-kept-future-date",
};

/** What a finished sync did, line by line: sent, kept for their date (with the kiosk's and the
 *  collector's dates), refused for good and why, still waiting, new content. */
function reportLines(result) {
  const lines = [];
  if (result.cancelled) lines.push(t("coord-sync-stopped"));
  lines.push(t("coord-sync-sent", { count: result.held }));
  for (const refusal of result.date_refusals ?? []) {
    const id = DATE_REFUSAL_MESSAGES[refusal.reason] ?? "coord-sync-kept-outside-period";
    // An older collector does not say its date.
    const collector = refusal.collector_date ?? "–";
    lines.push(t(id, { count: refusal.count, kiosk: refusal.kiosk_date, collector }));
  }
  for (const [reason, count] of Object.entries(result.refused_reasons ?? {})) {
    lines.push(t("coord-sync-refused-other", { count, reason }));
  }
  if (result.remaining > 0) lines.push(t("coord-sync-waiting", { count: result.remaining }));
  if (result.pack_updated != null) lines.push(t("coord-sync-new-content", { version: result.pack_updated }));
  return lines;
}

/** Asks how the sync goes until it ends, then says how it ended in plain words. */
async function follow(parts) {
  const { progress, message, report, button, stop } = parts;
  const status = await call("coordinator_sync_status");
  progress.max = Math.max(status.total, 1);
  progress.value = status.done;
  message.textContent =
    status.retries > 0 && status.running
      ? t("coord-sync-retrying", { retries: status.retries })
      : t("coord-sync-progress", { done: status.done, total: status.total });
  if (status.running) {
    setTimeout(() => follow(parts), 250);
    return;
  }
  button.disabled = false;
  stop.hidden = true;
  if (status.error) {
    message.className = "form-error";
    message.textContent = status.error.message;
    return;
  }
  const result = status.report;
  const everything = !result.cancelled && result.refused === 0 && result.remaining === 0;
  message.textContent = everything ? t("coord-sync-done") : "";
  report.replaceChildren(...reportLines(result).map((line) => h("li", {}, line)));
  report.hidden = false;
  const counts = await call("coordinator_status");
  document.getElementById("coord-pending").textContent = String(counts.status.responses.pending);
  document.getElementById("coord-synced").textContent = String(counts.status.responses.synced);
  document.getElementById("coord-last-sync").textContent = counts.last_sync ?? t("coord-never");
  // The sync asked the collector which app release it offers.
  document.getElementById("coord-update").textContent = updateText(counts);
}

async function close() {
  autoLock.stop();
  await call("coordinator_lock");
  mode.leaveCoordinator();
  welcome();
}
