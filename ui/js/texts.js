// The screen texts of each language, fetched once from the engine as templates whose
// variables are written {name}, and the language the page is in.

import { call } from "./ipc.js";

const templates = new Map();
let info = null;
let current = null;

/** Remembers what app_info said: languages, timings, audio, coordinator state. */
export function setInfo(appInfo) {
  info = appInfo;
}

export function appInfo() {
  return info;
}

export function language(code) {
  return info.languages.find((l) => l.code === code);
}

/** Loads a language's texts (once) and makes it the page's language and direction. */
export async function useLanguage(code) {
  if (!templates.has(code)) templates.set(code, await call("ui_texts", { language: code }));
  current = code;
  const root = document.documentElement;
  const lang = language(code);
  root.lang = code;
  root.dir = lang ? lang.direction : "ltr";
  root.dataset.script = lang ? lang.script : "Latn";
}

export function currentLanguage() {
  return current;
}

/** A screen text in the current language with its {variables} left as they are. */
export function template(id) {
  return templates.get(current)?.[id] ?? id;
}

/** A screen text in the current language with its {variables} filled in. */
export function t(id, values = {}) {
  return template(id).replace(/\{(\w+)\}/g, (whole, name) =>
    name in values ? String(values[name]) : whole,
  );
}
