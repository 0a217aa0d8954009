// Whether the coordinator's screens are showing. While they are, no participant's screen may
// replace them: a thank-you or idle timer that fires late must not leave the coordinator's
// panel, or its PIN screen, behind a welcome screen with coordinator mode still open.

const root = () => document.body;

export function enterCoordinator() {
  root().dataset.mode = "coordinator";
}

export function leaveCoordinator() {
  delete root().dataset.mode;
}

export function coordinatorShowing() {
  return root().dataset.mode === "coordinator";
}
