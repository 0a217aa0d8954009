// Reports the first frame that takes input, as the kiosk's main.js does once its first screen
// is ready: after the page's script ran and a frame was drawn.
requestAnimationFrame(() => window.__TAURI_INTERNALS__.invoke("mark_interactive"));
