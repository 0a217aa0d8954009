// Sound buttons. Clips play through the engine (rodio), never through the webview; a new clip
// stops the one playing, and the engine stops the sound whenever the participant moves on.
// On a kiosk without an audio device the buttons show a crossed-out speaker and say so.

import { h, svg, notify } from "./dom.js";
import { call } from "./ipc.js";
import { appInfo, currentLanguage, t } from "./texts.js";

const SPEAKER = `<svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
  <path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor"/>
  <path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor"
        stroke-width="2" stroke-linecap="round"/></svg>`;
const NO_SPEAKER = `<svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
  <path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor"/>
  <path d="M16 9l6 6M22 9l-6 6" fill="none" stroke="currentColor" stroke-width="2"
        stroke-linecap="round"/></svg>`;

/**
 * A button that plays `clip` in `lang`. `label` names what it reads, in that language; by
 * default the current language's "listen" text.
 */
export function soundButton(clip, { lang = currentLanguage(), label = null } = {}) {
  const available = appInfo().audio_available;
  const name = label ?? t("nav-play");
  const button = h(
    "button",
    {
      type: "button",
      class: available ? "sound" : "sound sound-off",
      "aria-label": available ? name : `${name}: ${t("sound-unavailable")}`,
      "data-clip": clip,
      onclick: async (event) => {
        event.stopPropagation();
        if (!available) {
          notify(t("sound-unavailable"));
          return;
        }
        try {
          await call("play_clip", { language: lang, clip });
        } catch (error) {
          notify(error.message);
        }
      },
    },
    svg(available ? SPEAKER : NO_SPEAKER),
  );
  return button;
}
