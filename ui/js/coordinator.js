// Coordinator mode: the hidden door (a long press in the top-left corner, or Ctrl+Alt+K),
// the PIN (chosen at first start, then asked each time), and the coordinator's screen: the
// kiosk's state, practice mode, enrolment and sync, and leaving the kiosk. Always in the
// source language (Norwegian Bokmål): coordinators are the centre's staff.

import { h, show, notify } from "./dom.js";
import { call } from "./ipc.js";
import { appInfo, t, useLanguage } from "./texts.js";
import { showPracticeBanner, welcome } from "./participant.js";
import * as idle from "./idle.js";

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
}

/** Opens coordinator mode; a participant's session in progress is discarded. */
export async function open() {
  idle.stop();
  await call("end_session");
  await useLanguage(appInfo().source_language);
  const state = await call("coordinator_state");
  if (!state.pin_set) return setPin();
  if (state.unlocked) return panel();
  return unlock();
}

function pinForm({ title, label, submit, action, cancel }) {
  const input = h("input", {
    id: "pin",
    type: "password",
    inputmode: "numeric",
    autocomplete: "off",
    pattern: "[0-9]*",
    minlength: 4,
    maxlength: 12,
  });
  const message = h("p", { id: "pin-message", class: "form-error", role: "alert" });
  const form = h(
    "form",
    {
      class: "pin-form",
      onsubmit: async (event) => {
        event.preventDefault();
        try {
          await call(action, { pin: input.value });
          input.value = "";
          panel();
        } catch (error) {
          message.textContent = error.message;
          input.value = "";
          input.focus();
        }
      },
    },
    h("label", { for: "pin" }, label),
    input,
    message,
    h(
      "div",
      { class: "actions" },
      h("button", { type: "submit", class: "primary", id: "pin-submit" }, submit),
      cancel ? h("button", { type: "button", class: "secondary", onclick: cancel }, t("coord-close")) : null,
    ),
  );
  show(
    action === "coordinator_set_pin" ? "coordinator-set-pin" : "coordinator-unlock",
    h("section", { class: "coordinator", "aria-labelledby": "coord-title" }, h("h1", { id: "coord-title" }, title), form),
  );
  input.focus();
}

/** First start: the coordinator chooses the PIN before any participant can begin. */
function setPin() {
  pinForm({
    title: t("coord-title"),
    label: t("coord-pin-set"),
    submit: t("coord-pin-confirm"),
    action: "coordinator_set_pin",
  });
}

function unlock() {
  pinForm({
    title: t("coord-title"),
    label: t("coord-pin-enter"),
    submit: t("coord-unlock"),
    action: "coordinator_unlock",
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
  const practice = h(
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
          notify(error.message);
        }
      },
    },
    view.practice ? t("coord-practice-off") : t("coord-practice-on"),
  );
  const autoPlay = h(
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
          notify(error.message);
        }
      },
    },
    view.auto_play ? t("coord-auto-play-off") : t("coord-auto-play-on"),
  );
  show(
    "coordinator",
    h(
      "section",
      { class: "coordinator", "aria-labelledby": "coord-title" },
      h("h1", { id: "coord-title" }, t("coord-title")),
      h(
        "dl",
        { class: "status" },
        row(t("coord-pack"), `${status.pack_id} v${status.pack_version}`, "coord-pack"),
        row(t("coord-period"), `${status.survey_period.opens} – ${status.survey_period.closes}`, "coord-period"),
        row(t("coord-pending"), status.responses.pending, "coord-pending"),
        row(t("coord-synced"), status.responses.synced, "coord-synced"),
        row(t("coord-last-sync"), view.last_sync ?? t("coord-never"), "coord-last-sync"),
        row(t("coord-audio"), audio, "coord-audio"),
      ),
      h("div", { class: "actions" }, practice, autoPlay),
      connection(view),
      h(
        "div",
        { class: "actions" },
        h("button", { type: "button", class: "primary", id: "coord-close", onclick: close }, t("coord-close")),
        h("button", { type: "button", class: "danger", id: "coord-exit", onclick: () => call("coordinator_exit") }, t("coord-exit")),
      ),
    ),
  );
}

/** Enrolment (a form until the kiosk is enrolled) and the sync button with its progress. */
function connection(view) {
  const message = h("p", { id: "connection-message", role: "status", "aria-live": "polite" });
  const progress = h("progress", { id: "sync-progress", max: 1, value: 0, hidden: true });
  if (!view.enrolment) {
    const url = h("input", { id: "collector-url", type: "url", autocomplete: "off" });
    const code = h("input", { id: "access-code", type: "text", autocomplete: "off", required: true });
    const form = h(
      "form",
      {
        class: "enrol-form",
        onsubmit: async (event) => {
          event.preventDefault();
          message.textContent = "";
          try {
            await call("coordinator_enrol", { collector: url.value, code: code.value });
            panel();
          } catch (error) {
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

/** The refusal reasons the coordinator can act on, each with its own message. */
const REFUSAL_MESSAGES = {
  outside_period: "coord-sync-refused-outside-period",
  future_date: "coord-sync-refused-future-date",
};

/** What a finished sync did, line by line: sent, refused and why, still waiting, new content. */
function reportLines(result) {
  const lines = [];
  if (result.cancelled) lines.push(t("coord-sync-stopped"));
  lines.push(t("coord-sync-sent", { count: result.held }));
  for (const [reason, count] of Object.entries(result.refused_reasons ?? {})) {
    const id = REFUSAL_MESSAGES[reason];
    lines.push(id ? t(id, { count }) : t("coord-sync-refused-other", { count, reason }));
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
}

async function close() {
  await call("coordinator_lock");
  welcome();
}
