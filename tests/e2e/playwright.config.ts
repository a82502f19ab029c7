import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, executablePath } from "./chromium";

const port = 8181;

export default defineConfig({
  testDir: ".",
  outputDir: "results",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices["Pixel 5"],
    viewport: { width: 360, height: 740 },
    browserName: "chromium",
    launchOptions: {
      executablePath,
      args: chromiumArgs,
    },
    trace: "retain-on-failure",
    // Requests a service worker answers never reach page.route, which many
    // tests use to stand in for a broken network; offline.spec.ts allows it.
    serviceWorkers: "block",
  },
  webServer: {
    command: `node serve.mjs ${port}`,
    url: `http://127.0.0.1:${port}/`,
    // Always the build just made, never a server left running elsewhere.
    reuseExistingServer: false,
    stdout: "ignore",
  },
});
