// Sealing in the browser: the response's JSON, padded with spaces to the one size every
// response of the survey has (as the kiosk pads), encrypted with age to the survey's recipient.
// Only the sealed bytes are ever stored or sent; the module is loaded ahead, in the background,
// so that a participant who loses the network mid-survey can still finish.

/** Imported only when a language is chosen: the first screen does not pay for it. */
const AGE = "./age.js";

export function load() {
  return import(AGE);
}

export function pad(json, size) {
  const bytes = new TextEncoder().encode(json);
  if (bytes.length > size) throw new Error(`a response of ${bytes.length} bytes exceeds ${size}`);
  const padded = new Uint8Array(size).fill(0x20);
  padded.set(bytes);
  return padded;
}

export async function seal(recipient, padded) {
  const age = await load();
  return age.seal(recipient, padded);
}

export function base64(bytes) {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
