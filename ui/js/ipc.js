// The one door to the kiosk engine: Tauri's invoke, with no JavaScript package in between.
// A failed command rejects with {code, message}: code is the Fluent id, message its text.

const tauri = window.__TAURI_INTERNALS__;

export function call(command, args = {}) {
  return tauri.invoke(command, args);
}
