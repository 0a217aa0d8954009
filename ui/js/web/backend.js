// The screens' back end in a browser: the same commands the kiosk engine answers through Tauri,
// answered here from the survey the collector serves. The session lives in this page's memory
// only; a finished response is padded, sealed to the survey's recipient and kept in IndexedDB
// until the collector holds it. Errors reject with {code, message} like the kiosk's.
// On the demo page (/survey/demo/, `data-demo` on <html>) the same session runs without a code
// and ends there: nothing is sealed, kept on the device or sent, so the collector sees only the
// fetches of the page, the survey, the texts and the sound.

import { questionsInAll, questionsToAsk } from "./route.js";
import * as outbox from "./outbox.js";
import * as sealing from "./seal.js";
import * as kept from "./kept.js";

/** On a participant's own device a long pause is normal; a shared PC still gets reset. */
const IDLE_TIMEOUT_SECONDS = 20 * 60;
const IDLE_COUNTDOWN_SECONDS = 60;

/** The demo: the whole survey without a code, of which nothing is kept or sent. */
const demo = document.documentElement.dataset.demo === "true";
/** The survey's API, from this module's place: the demo page lives a folder deeper. */
const API = new URL("../../api/", import.meta.url);

let info = null;
const texts = new Map();
let session = null;
let ticket = null;
const player = new Audio();

/** A hundredth of a second of silence (8 kHz, 8-bit PCM WAV, which every browser plays). */
const SILENCE =
  "data:audio/wav;base64,UklGRnQAAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YVAAAACAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgA==";

/** Safari on iPhone and iPad lets an audio element play by itself only once a tap has started
 *  it: the questions, the code screen and the thank-you read themselves later, after an await,
 *  outside any tap. So the first tap plays the player once, in silence, while the tap is still
 *  being handled (a capturing listener runs before the page's own), and the page's later plays
 *  are allowed. A tap that plays a clip anyway simply replaces the silence. */
function unlockOnFirstTap() {
  const unlock = () => {
    removeEventListener("touchend", unlock, true);
    removeEventListener("click", unlock, true);
    if (!player.paused) return;
    player.src = SILENCE;
    player.play().then(
      () => {
        if (player.src === SILENCE) player.pause();
      },
      () => {},
    );
  };
  addEventListener("touchend", unlock, true);
  addEventListener("click", unlock, true);
}
unlockOnFirstTap();

/** The survey, kept for offline use (but not by the demo, which keeps nothing). */
async function survey() {
  const url = new URL("survey", API).href;
  const reply = demo ? await fetch(url) : await kept.fetchFresh(url);
  if (!reply.ok) throw new Error(`${url}: ${reply.status}`);
  return reply.json();
}

/** Whether this browser plays the pack's Ogg Vorbis. Safari on iPhone and iPad before 18.4 does
 *  not: there the tiles' bundles and clips are the MP3 form. What is fetched then depends on the
 *  browser, never on an answer. */
function playsOgg() {
  return player.canPlayType('audio/ogg; codecs="vorbis"') !== "";
}

/** Each question read aloud as it shows (as on a kiosk), unless the participant turned it off
 *  on this device. */
const AUTO_PLAY_KEY = "survey-auto-play";

function autoPlay() {
  try {
    return localStorage.getItem(AUTO_PLAY_KEY) !== "off";
  } catch {
    return true;
  }
}

function tile(language) {
  return info.languages.find((l) => l.code === language);
}

/** A language's texts and clip names, from its bundle: kept in the page's cache the first time
 *  (offline after one visit, whether or not the service worker controlled the page yet). */
async function textsOf(language) {
  if (texts.has(language)) return texts.get(language);
  let reply = null;
  try {
    reply = await kept.fetchKept(kept.contentUrl(tile(language).bundle));
  } catch {
    // offline, and never loaded on this device
  }
  if (!reply?.ok) throw notKept(language);
  texts.set(language, await reply.json());
  return texts.get(language);
}

/** Said in the language chosen, from its tile: that language's own texts are what is missing. */
function notKept(language) {
  return { code: "web-language-not-kept", message: tile(language)?.not_kept ?? "", language };
}

function failure(code, values = {}) {
  const language = session?.language ?? info?.survey.source_language;
  const template = texts.get(language)?.ui[code] ?? code;
  const message = template.replace(/\{(\w+)\}/g, (whole, name) =>
    name in values ? String(values[name]) : whole,
  );
  return { code, message, ...values };
}

function question(id) {
  return info.survey.questions.find((q) => q.id === id);
}

function view(extra = {}) {
  const language = info.languages.find((l) => l.code === session.language);
  const base = {
    language: session.language,
    direction: language.direction,
    practice: false,
    demo,
    stage: session.stage,
    question: null,
    ...extra,
  };
  if (session.stage !== "question") return base;
  const asked = questionsToAsk(info.survey.rules, session.answers);
  const q = question(asked[session.index]);
  const words = texts.get(session.language).survey;
  base.question = {
    id: q.id,
    kind: q.kind,
    message_id: q.message_id,
    text: words[q.message_id] ?? "",
    block_title: q.block_title_message_id ? words[q.block_title_message_id] ?? null : null,
    block_title_id: q.block_title_message_id ?? null,
    options: q.options.map((o) => ({ ...o, text: words[o.message_id] ?? "" })),
    required: q.required,
    max_chars: q.max_chars,
    answer: session.answers.get(q.id) ?? null,
    position: session.index + 1,
    total: questionsInAll(info.survey.rules, session.answers, new Set(asked.slice(0, session.index))),
    ends_survey_on:
      q.id === info.survey.screening.question ? info.survey.screening.ends_survey_on : null,
  };
  return base;
}

function current(id) {
  if (session?.stage !== "question") throw failure("error-internal");
  const asked = questionsToAsk(info.survey.rules, session.answers);
  // A second tap for a question already answered: the page draws where the session is.
  if (asked[session.index] !== id) throw failure("error-wrong-step");
  return question(id);
}

/** Only what the question allows; the publisher validates every response again. */
function allowed(q, answer) {
  const values = q.kind === "yes_no" ? ["yes", "no"] : q.kind === "agreement" ? ["1", "2", "3", "4", "5"] : q.options.map((o) => o.value);
  if (q.kind === "free_text") return typeof answer === "string" && [...answer].length <= q.max_chars;
  if (q.kind === "multiple") {
    return Array.isArray(answer) && answer.length > 0 && new Set(answer).size === answer.length && answer.every((a) => values.includes(a));
  }
  return typeof answer === "string" && values.includes(answer);
}

/** After an answer or a skip: the same steps as the kiosk's Session::advance. */
async function advance() {
  const asked = questionsToAsk(info.survey.rules, session.answers);
  for (const id of [...session.answers.keys()]) if (!asked.includes(id)) session.answers.delete(id);
  const screening = info.survey.screening;
  if (session.answers.get(screening.question) === screening.ends_survey_on) {
    session.stage = "screened_out";
    return view();
  }
  if (session.index + 1 < asked.length) {
    session.index += 1;
    return view();
  }
  return complete();
}

let clock = null;

/** Keeps the newest date the collector gave, with when this device heard it. */
async function setClock() {
  const known = await outbox.setting("clock");
  if (known && known.served_at_ms >= info.served_at_ms) {
    clock = known;
    return;
  }
  clock = { today: info.today, served_at_ms: info.served_at_ms, device_ms: Date.now() };
  await outbox.remember("clock", clock);
}

/** The collector's date plus the whole days this device has counted since: a device whose
 *  calendar is wrong still dates a response right, online or not. Never a time of day. */
function today() {
  const days = Math.max(0, Math.floor((Date.now() - clock.device_ms) / 86_400_000));
  const date = new Date(`${clock.today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

async function complete() {
  if (demo) {
    // The demo's end: the answers are forgotten, unsealed and unsent.
    session.answers.clear();
    session.stage = "finished";
    return view({ delivery: "demo" });
  }
  const survey = info.survey;
  const response = {
    format: survey.response_format,
    response_id: crypto.randomUUID(),
    survey_id: survey.survey_id,
    survey_version: survey.survey_version,
    language: session.language,
    group: session.answers.get(survey.group_question),
    completed_on: today(),
    answers: Object.fromEntries(session.answers),
  };
  const sealed = await sealing.seal(info.recipient, sealing.pad(JSON.stringify(response), survey.padded_response_bytes));
  await outbox.keep({
    ticket: ticket.ticket,
    response_id: response.response_id,
    survey_id: response.survey_id,
    survey_version: response.survey_version,
    completed_on: response.completed_on,
    sealed: sealing.base64(sealed),
  });
  session.answers.clear();
  session.stage = "finished";
  const left = await outbox.deliver();
  return view({ delivery: left === 0 ? "sent" : outbox.slowed ? "slowed" : "waiting" });
}

/** The screens' own texts in the order a participant meets them after choosing a language. */
const SCREEN_ORDER = [
  "web-code-title",
  "web-code-help",
  "web-code-label",
  "web-code-submit",
  "web-code-wrong",
  "web-code-throttled-spoken",
  "web-code-offline",
  "web-insecure",
  "privacy-title",
  "privacy-notice",
  "privacy-accept",
  "listen-all",
  "nav-next",
  "nav-back",
];

/** The order a language's clips are fetched in: the screens' texts as a participant meets
 *  them, then each question with its block's title and its answers in the survey's order,
 *  then the rest. A slow phone then has the clip of the screen it shows soon, not after the
 *  whole set in alphabetical order. The order is the same for everyone: it never depends on
 *  an answer. */
function clipOrder(clips) {
  const first = [...SCREEN_ORDER];
  for (const q of info.survey.questions) {
    if (q.block_title_message_id) first.push(q.block_title_message_id);
    first.push(q.message_id, ...q.options.map((o) => o.message_id));
  }
  const ids = [...first.filter((id) => id in clips), ...Object.keys(clips)];
  return [...new Set(ids.map((id) => clips[id]))];
}

/** Per language, each clip's arrival in the page's cache, in one fixed order. */
const soundPlans = new Map();

/** The chosen language's whole set of clips, one at a time in the background, always in the
 *  same order: what a device fetches then never depends on an answer (a speaker tapped early
 *  waits for its turn), and the sound works offline. No other language's sound is fetched. */
function prefetchSound(language) {
  if (soundPlans.has(language)) return soundPlans.get(language);
  const arrivals = new Map();
  let chain = Promise.resolve();
  for (const name of clipOrder(texts.get(language).clips)) {
    chain = chain.then(async () => {
      const reply = await kept.fetchKept(kept.contentUrl(name));
      if (!reply.ok) throw new Error(`clip ${reply.status}`);
    });
    chain.catch(() => {});
    arrivals.set(name, chain);
  }
  // Offline part way: the next clip asked for starts the set again (what is kept is not fetched).
  chain.then(
    () => {
      document.documentElement.dataset.soundKept = language;
      keepEveryNotKept();
    },
    () => soundPlans.delete(language),
  );
  soundPlans.set(language, arrivals);
  return arrivals;
}

/** Every language's "not on this device" clip (`web-language-not-kept`), kept after the chosen
 *  language's sound, in the tiles' order, once: a participant who later chooses, offline, a
 *  language this device never loaded hears why in that language. The same 24 small clips on
 *  every device, so what is fetched still names no language. */
async function keepEveryNotKept() {
  if (keepEveryNotKept.started) return;
  keepEveryNotKept.started = true;
  try {
    for (const language of info.languages) {
      const name = language.clips["web-language-not-kept"];
      if (name) await kept.fetchKept(kept.contentUrl(name));
    }
    document.documentElement.dataset.notKeptKept = "true";
  } catch {
    keepEveryNotKept.started = false; // offline part way: again after the next language's sound
  }
}

/** The content name of a clip: from the language's bundle, or, before any language is chosen,
 *  from the tile that plays it. */
function clipName(language, clip) {
  return texts.get(language)?.clips[clip] ?? tile(language)?.clips[clip] ?? null;
}

/** Asks the service worker to keep the sealing code (once): a participant who chose a language
 *  on a first visit can then finish offline. The page marks when it is kept. */
function keepSealing() {
  if (keepSealing.asked || !navigator.serviceWorker) return;
  keepSealing.asked = true;
  navigator.serviceWorker.addEventListener("message", (event) => {
    if (event.data === "sealing-kept") document.documentElement.dataset.sealingKept = "true";
  });
  navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage("keep-sealing"));
}

const commands = {
  async app_info() {
    info = await survey();
    const ogg = playsOgg();
    for (const language of info.languages) {
      if (!ogg && language.mp3) Object.assign(language, language.mp3);
      delete language.mp3;
    }
    document.documentElement.dataset.soundForm = ogg ? "ogg" : "mp3";
    // The demo keeps nothing on the device: no ticket, no clock.
    if (!demo) {
      ticket = (await outbox.setting("ticket")) ?? null;
      await setClock();
    }
    return {
      web: true,
      demo,
      languages: info.languages,
      source_language: info.survey.source_language,
      survey_period: info.survey_period,
      idle_timeout_seconds: IDLE_TIMEOUT_SECONDS,
      idle_countdown_seconds: IDLE_COUNTDOWN_SECONDS,
      audio_available: typeof Audio === "function",
      auto_play: autoPlay(),
      coordinator: { pin_set: true, practice: false },
      clips: info.clips,
    };
  },
  async ui_texts({ language }) {
    return (await textsOf(language)).ui;
  },
  async start_session({ language }) {
    await textsOf(language);
    if (demo) {
      // Shown before, during and after the period alike: a class can see it any time.
      session = { language, stage: "privacy", index: 0, answers: new Map() };
      return view();
    }
    keepSealing();
    if (!info.open) throw failure("error-survey-closed");
    // Read again at each start: a delivery refused for its ticket forgets it (outbox.js), and
    // this participant is then asked for the code.
    ticket = (await outbox.setting("ticket")) ?? null;
    session = { language, stage: ticket ? "privacy" : "code", index: 0, answers: new Map() };
    return view();
  },
  async enter_code({ code }) {
    // Over plain http (not this machine) the code and answers would travel readable: refuse.
    if (!globalThis.isSecureContext) throw failure("web-insecure");
    // The demo needs no code and checks none.
    if (demo) throw failure("error-internal");
    let reply;
    try {
      reply = await fetch(new URL("code", API), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ code }),
      });
    } catch {
      throw failure("web-code-offline");
    }
    if (reply.status === 429) {
      throw failure("web-code-throttled", { seconds: Number(reply.headers.get("retry-after") ?? 60) });
    }
    if (!reply.ok) throw failure("web-code-wrong");
    ticket = await reply.json();
    await outbox.remember("ticket", ticket);
    // Responses kept here whose ticket was refused go with this one, if of their municipality.
    if (await outbox.reticket(ticket.ticket)) outbox.deliver();
    if (session) session.stage = "privacy";
    return session ? view() : null;
  },
  async accept_privacy() {
    if (!session) throw failure("error-internal");
    if (session.stage !== "privacy") throw failure("error-wrong-step");
    session.stage = "question";
    session.index = 0;
    // Loaded now, while the network is likely there, so that finishing works without it.
    // The language's sound follows, so that it does not slow the first questions down.
    const language = session.language;
    if (demo) {
      prefetchSound(language);
      return view();
    }
    sealing
      .load()
      .then(() => (document.documentElement.dataset.sealing = "ready"))
      .then(() => prefetchSound(language))
      .catch(() => {});
    return view();
  },
  async answer({ question: id, answer }) {
    const q = current(id);
    if (!allowed(q, answer)) throw failure("error-invalid-answer");
    session.answers.set(id, answer);
    return advance();
  },
  async skip({ question: id }) {
    const q = current(id);
    if (q.required) throw failure("error-answer-required");
    session.answers.delete(id);
    return advance();
  },
  async back() {
    if (session?.stage !== "question") throw failure("error-internal");
    if (session.index === 0) session.stage = "privacy";
    else session.index -= 1;
    return view();
  },
  async end_session() {
    player.pause();
    session = null;
  },
  async touch() {},
  // The web survey has no coordinator, and so never a practice run.
  async coordinator_state() {
    return { pin_set: true, unlocked: false, practice: false };
  },
  async mark_interactive() {
    return null;
  },
  async play_clip({ language, clip }) {
    player.pause();
    const name = clipName(language, clip);
    try {
      if (!name) throw new Error(`no clip ${clip}`);
      if (texts.has(language)) await prefetchSound(language).get(name);
      player.src = kept.contentUrl(name);
      await player.play();
    } catch {
      throw failure("error-audio");
    }
  },
  async set_auto_play({ on }) {
    try {
      localStorage.setItem(AUTO_PLAY_KEY, on ? "on" : "off");
    } catch {
      // Private browsing without storage: the switch holds for this page only.
    }
    return on;
  },
  async stop_sound() {
    player.pause();
  },
  async sound_playing() {
    return !player.paused && !player.ended;
  },
  async change_volume({ up }) {
    player.volume = Math.min(1, Math.max(0.2, player.volume + (up ? 0.2 : -0.2)));
    return player.volume;
  },
  /** The languages whose texts this device keeps, for a participant who chose another offline. */
  async kept_languages() {
    const found = [];
    for (const language of info.languages) {
      if (texts.has(language.code) || (await kept.has(kept.contentUrl(language.bundle)))) found.push(language.code);
    }
    return found;
  },
  async session_view() {
    if (!session) throw failure("error-internal");
    return view();
  },
};

export async function call(command, args = {}) {
  const run = commands[command];
  if (!run) throw failure("error-internal");
  return run(args);
}

/** The ticket from a code in the link, checked once; false when the code was refused. */
export async function useCodeFromLink(code) {
  try {
    await commands.enter_code({ code });
    return true;
  } catch (error) {
    return error;
  }
}
