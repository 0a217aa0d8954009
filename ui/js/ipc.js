// The one door to the screens' back end. In the kiosk app it is the Tauri engine (invoke, with
// no JavaScript package in between); in a browser it is the web survey's own back end
// (web/backend.js). A failed command rejects with {code, message}: code is the Fluent id,
// message its text.

const tauri = window.__TAURI_INTERNALS__;
const web = tauri ? null : import("./web/backend.js");

export async function call(command, args = {}) {
  if (tauri) return tauri.invoke(command, args);
  return (await web).call(command, args);
}
