// Debian's Chromium: browser downloads are not possible here. The flags keep
// it from calling home, which a closed network answers with errors.
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  // A microphone that plays a test tone, allowed without asking, for the
  // speaking exercises.
  "--use-fake-device-for-media-stream",
  "--use-fake-ui-for-media-stream",
];

export const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
