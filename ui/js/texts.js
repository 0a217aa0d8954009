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
  // The browser's tab and a screen reader name the page in the participant's language.
  const title = templates.get(code)["web-page-title"];
  if (title) document.title = title;
}

export function currentLanguage() {
  return current;
}

/**
 * The digits each language customarily writes, where they are not 0-9: Arabic-Indic for
 * Arabic and Sorani, the extended (Persian) forms for Persian, Dari, Pashto and Urdu, and
 * Myanmar's own. Thai keeps 0-9, which is what Thai readers meet on screens, forms and prices;
 * Thai digits are formal and less familiar to many. Given as an option rather than in the
 * locale, because a locale the engine does not know would drop a -u-nu- extension.
 */
const NUMBERING = { ar: "arab", ckb: "arab", fa: "arabext", prs: "arabext", ps: "arabext", ur: "arabext", my: "mymr" };

/** The locale Intl knows a language by, where its own code is unknown to the engine's ICU
 *  (which then ignores the digits asked for too): Dari is the Persian of Afghanistan. */
const INTL_LOCALE = { prs: "fa-AF", kmr: "ku" };

function intlLocale() {
  return INTL_LOCALE[current] ?? current;
}

function numberFormat(options = {}) {
  const numberingSystem = NUMBERING[current];
  return new Intl.NumberFormat(intlLocale(), { useGrouping: false, ...options, ...(numberingSystem ? { numberingSystem } : {}) });
}

/** A number in the current language's own digits ("3" is "٣" in Arabic). */
export function formatNumber(n) {
  return numberFormat().format(n);
}

export function formatPercent(n) {
  return numberFormat({ style: "percent" }).format(n / 100);
}

/** A YYYY-MM-DD date in the current language's words and digits. Always the Gregorian
 *  calendar: the survey's dates are Norwegian dates, and a Persian or Buddhist year would
 *  not match what the teacher says. */
export function formatDate(iso) {
  const [year, month, day] = iso.split("-").map(Number);
  const numberingSystem = NUMBERING[current];
  return new Intl.DateTimeFormat(intlLocale(), {
    dateStyle: "long",
    calendar: "gregory",
    timeZone: "UTC",
    ...(numberingSystem ? { numberingSystem } : {}),
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A value as the current language writes it: numbers in its digits, dates in its words. */
function localised(value) {
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "string" && ISO_DATE.test(value)) return formatDate(value);
  return String(value);
}

/** A screen text in the current language with its {variables} left as they are. */
export function template(id) {
  return templates.get(current)?.[id] ?? id;
}

/** A text as it may break over lines: never at a hyphen inside a word ("будь-коли" would leave
 *  "будь-" alone on a line) nor between "§" and its number (which a right-to-left line may put
 *  lines apart). The hyphen becomes the non-breaking one, the space a no-break space. */
export function unbroken(text) {
  return text.replace(/(\p{L})-(?=\p{L})/gu, "$1\u2011").replace(/§ /g, "§\u00A0");
}

/** The template for `values`: where a number has a plural form of its own in this language
 *  ("1 sekund", "2 sekunder"), the engine sent its template as `id[name:form]`, and the form is
 *  chosen by the same CLDR rules Fluent uses. */
function templateFor(id, values) {
  const own = templates.get(current) ?? {};
  const rules = new Intl.PluralRules(intlLocale());
  for (const [name, value] of Object.entries(values)) {
    if (typeof value !== "number") continue;
    const plural = own[`${id}[${name}:${rules.select(value)}]`];
    if (plural !== undefined) return plural;
  }
  return template(id);
}

/** A screen text in the current language with its {variables} filled in. */
export function t(id, values = {}) {
  return templateFor(id, values).replace(/\{(\w+)\}/g, (whole, name) =>
    name in values ? localised(values[name]) : whole,
  );
}
