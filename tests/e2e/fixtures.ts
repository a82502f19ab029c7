import { test as base, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

type Options = {
  /** Console errors this test provokes on purpose. */
  expectedConsoleErrors: RegExp | null;
  /** Other sites this test lets the app fetch from (a teacher's web host). */
  foreignOrigins: string[];
};

type Guards = { guards: void };

/**
 * Every test checks that the app made no request outside its own origin,
 * logged no console error and broke no rule of its page policy.
 */
export const test = base.extend<Options & Guards>({
  expectedConsoleErrors: [null, { option: true }],
  foreignOrigins: [[], { option: true }],
  guards: [
    async ({ page, baseURL, expectedConsoleErrors, foreignOrigins }, use) => {
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      const errors: string[] = [];
      // A static host answers a deep link with its 404.html fallback, which
      // is the app; Chromium logs that page's 404 status, and nothing else
      // may be logged.
      const fallbackPages = new Set<string>();
      page.on("response", (response) => {
        if (response.request().isNavigationRequest() && response.status() === 404) fallbackPages.add(response.url());
      });
      page.on("request", (request) => {
        const url = new URL(request.url());
        const allowed = url.origin === origin || foreignOrigins.includes(url.origin);
        if (url.protocol !== "data:" && !allowed) foreign.push(request.url());
      });
      page.on("console", (message) => {
        if (message.type() !== "error") return;
        const fallback = fallbackPages.has(message.location().url) && message.text().includes("status of 404");
        const expected = expectedConsoleErrors?.test(message.text()) ?? false;
        if (!fallback && !expected) errors.push(message.text());
      });
      // Anything the page policy refuses fails the test, however it was asked for.
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          console.error(`Page policy violation: ${event.effectiveDirective} refused ${event.blockedURI}`);
        });
      });
      page.on("pageerror", (error) => {
        if (!expectedConsoleErrors?.test(error.message)) errors.push(error.message);
      });
      await use();
      expect(foreign, "requests outside the app's origin").toEqual([]);
      expect(errors, "console errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Waits until the app has started and replaced the start-up notice. */
export async function appReady(page: Page) {
  await expect(page.locator("#boot")).toHaveCount(0);
  await expect(page.locator("main h1")).toBeVisible();
}

/** How the page came to ask for each file whose address ends in `suffix`
 *  ("link" for a preload in the page, "fetch" for the app's own request). */
export function initiators(page: Page, suffix: string) {
  return page.evaluate(
    (suffix) =>
      performance
        .getEntriesByType("resource")
        .filter((entry) => entry.name.endsWith(suffix))
        .map((entry) => (entry as PerformanceResourceTiming).initiatorType),
    suffix,
  );
}

/** Serious or critical accessibility violations on the current screen. */
export async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

/** How many pixels the page is wider than the screen (0 when it fits). */
export async function overflow(page: Page) {
  return page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth));
}

/** Interactive elements smaller than a 44×44 px touch target. */
export async function smallTouchTargets(page: Page) {
  return page.evaluate(() => {
    // Radio buttons and check boxes are reached through their label.choice;
    // words to tap for a gloss are inline text (WCAG 2.5.8's exception).
    const targets = document.querySelectorAll(
      "a[href], button:not(.word), select, label.choice, input:not([type=radio]):not([type=checkbox])",
    );
    const small: string[] = [];
    for (const element of Array.from(targets)) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // not shown
      if (box.width < 44 || box.height < 44) {
        small.push(`${element.tagName.toLowerCase()} "${(element.textContent ?? "").trim()}" ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return small;
  });
}
