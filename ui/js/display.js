// The participant's display choices: larger text (100, 125 or 150 %) and stronger colours.
// Each is a class on <html> that kiosk.css acts on, so every screen follows without code of
// its own. A choice lasts for one participant: the welcome screen puts both back.

import { h, svg } from "./dom.js";
import { call } from "./ipc.js";
import { appInfo, currentLanguage, formatPercent, t } from "./texts.js";

const SIZES = [100, 125, 150];
let size = 0;
let contrast = false;

const SIZE_ICON = `<svg viewBox="0 0 32 24" width="32" height="24" aria-hidden="true" focusable="false">
  <path d="M2 22L7 10l5 12M4.2 17h5.6M14 22l7-19 7 19M16.9 15h8.2" fill="none" stroke="currentColor"
        stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
const CONTRAST_ICON = `<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
  <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2.5"/>
  <path d="M12 3a9 9 0 0 1 0 18z" fill="currentColor"/></svg>`;

function apply() {
  const root = document.documentElement;
  for (const percent of SIZES) root.classList.toggle(`text-${percent}`, percent === SIZES[size] && percent !== 100);
  root.classList.toggle("contrast", contrast);
}

/** Back to normal text and colours, for the next participant. */
export function reset() {
  size = 0;
  contrast = false;
  apply();
}

/** Says the control's name aloud, so that someone who cannot read it hears what changed. */
function speak(clip) {
  if (!appInfo().audio_available) return;
  call("play_clip", { language: currentLanguage(), clip }).catch(() => {});
}

/** The two controls, for a screen's top bar. */
export function controls() {
  const sizeLabel = () => `${t("display-text-size")}: ${formatPercent(SIZES[size])}`;
  const sizeButton = h(
    "button",
    {
      type: "button",
      class: "display-control",
      id: "display-text-size",
      "aria-label": sizeLabel(),
      "data-size": SIZES[size],
      onclick: () => {
        size = (size + 1) % SIZES.length;
        apply();
        sizeButton.setAttribute("aria-label", sizeLabel());
        sizeButton.dataset.size = SIZES[size];
        speak("display-text-size");
      },
    },
    svg(SIZE_ICON),
  );
  const contrastButton = h(
    "button",
    {
      type: "button",
      class: "display-control",
      id: "display-contrast",
      "aria-label": t("display-contrast"),
      "aria-pressed": String(contrast),
      onclick: () => {
        contrast = !contrast;
        apply();
        contrastButton.setAttribute("aria-pressed", String(contrast));
        speak("display-contrast");
      },
    },
    svg(CONTRAST_ICON),
  );
  return h("div", { class: "display-controls" }, sizeButton, contrastButton);
}
