// The faces that go with an agreement scale's five answers, from a frown (1, strongly
// disagree) to a broad smile (5, strongly agree). Drawn here as inline SVG so that they need
// no files and scale with the text; they are decoration beside the answer's text, so they are
// hidden from screen readers.

import { svg } from "./dom.js";

// Mouth curve: the control point's height below the mouth's ends (negative frowns).
const MOUTHS = { 1: -7, 2: -3.5, 3: 0, 4: 3.5, 5: 7 };

export function face(value) {
  const bend = MOUTHS[value] ?? 0;
  const mouthY = 31 - bend / 2;
  return svg(`<svg class="face face-${value}" viewBox="0 0 48 48" width="56" height="56"
      aria-hidden="true" focusable="false">
    <circle cx="24" cy="24" r="21" class="face-skin" stroke-width="3"/>
    <circle cx="17" cy="19" r="2.8" class="face-feature"/>
    <circle cx="31" cy="19" r="2.8" class="face-feature"/>
    <path d="M14 ${mouthY} Q24 ${mouthY + bend * 1.6} 34 ${mouthY}" fill="none"
      class="face-line" stroke-width="3" stroke-linecap="round"/>
  </svg>`);
}
