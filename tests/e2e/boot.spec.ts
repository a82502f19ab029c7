import type { Page } from "@playwright/test";
import { test, expect, appReady, initiators, seriousViolations } from "./fixtures";

test.describe("when the app cannot start", () => {
  test.use({ expectedConsoleErrors: /ERR_CONNECTION_RESET|Failed to fetch|WebAssembly is not defined/ });

  test("a failed download shows a message in nb, uk and en", async ({ page }) => {
    await page.route("**/*.wasm", (route) => route.abort("connectionreset"));
    await page.goto("/");
    const failed = page.locator("#boot-failed");
    await expect(failed).toBeVisible();
    await expect(failed.locator('p[lang="nb"]')).toContainText("Appen kunne ikke starte");
    await expect(failed.locator('p[lang="uk"]')).toContainText("Застосунок не вдалося запустити");
    await expect(failed.locator('p[lang="en"]')).toContainText("The app could not start");
    await expect(page.getByRole("button", { name: /Try again/ })).toBeVisible();
  });

  test("so does an interface text that cannot be downloaded", async ({ page }) => {
    await page.route("**/locales/*.ftl.txt", (route) => route.abort("connectionreset"));
    await page.goto("/");
    await expect(page.locator("#boot-failed")).toBeVisible();
    await expect(page.locator("#boot-loading")).toBeHidden();
  });

  test("so does a catalog of packs that cannot be downloaded or read, and trying again starts the app", async ({
    page,
  }) => {
    await page.route("**/exercises/catalog.json", (route) => route.abort("connectionreset"));
    await page.goto("/");
    await expect(page.locator("#boot-failed")).toBeVisible();

    await page.unroute("**/exercises/catalog.json");
    await page.route("**/exercises/catalog.json", (route) => route.fulfill({ body: "{\"packs\": [" }));
    await page.reload();
    await expect(page.locator("#boot-failed")).toBeVisible();

    await page.unroute("**/exercises/catalog.json");
    await page.getByRole("button", { name: /Try again/ }).click();
    await appReady(page);
    await page.getByRole("link", { name: /Health and care/ }).click();
    await expect(page.getByRole("link", { name: /Greeting the residents/ })).toBeVisible();
  });

  test("a browser without WebAssembly gets the same message", async ({ page }) => {
    await page.addInitScript(() => {
      // @ts-expect-error: simulating an old browser
      delete globalThis.WebAssembly;
    });
    await page.goto("/");
    await expect(page.locator("#boot-failed")).toBeVisible();
  });
});

/** Holds the wasm back until the returned function is called. */
async function holdWasm(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/*.wasm", async (route) => {
    await released;
    // A page left before the release has no request to go on with.
    await route.continue().catch(() => {});
  });
  return release;
}

/** What the learner sees of the home screen: the heading, the introduction,
 *  each sector card and each link of the navigation bar, with their places. */
function homeScreen(page: Page, root: string) {
  return page.locator(root).evaluate((root) =>
    [...root.querySelectorAll("h1, .lead, .sector-card, .nav-bar a, .brand")].map((element) => {
      const box = element.getBoundingClientRect();
      const text = (element as HTMLElement).innerText.replace(/\s+/g, " ").trim();
      return { text, box: [box.x, box.y, box.width, box.height].map(Math.round) };
    }),
  );
}

test.describe("before the app has started", () => {
  test.describe("in Ukrainian", () => {
    test.use({ locale: "uk-UA" });

    test("a first visit shows the sectors and their packs, in the browser's language", async ({ page, request }) => {
      const release = await holdWasm(page);
      await page.goto("/");
      const home = page.locator(".static-home");
      // Each text is there in nb, uk and en; only the browser's shows
      // (innerText), and only it is read out (the accessible name).
      await expect(home.getByRole("heading", { level: 1, name: "Де ви працюєте?" })).toHaveText("Де ви працюєте?", {
        useInnerText: true,
      });
      await expect(page.locator("#boot-loading")).toBeHidden();
      await expect(page.locator("html")).toHaveAttribute("lang", "uk");
      const catalog = await (await request.get("/exercises/catalog.json")).json();
      const helse = catalog.packs.filter((pack: { sector: string }) => pack.sector === "helse").length;
      const card = home.getByRole("link", { name: /Охорона здоров’я та догляд/ });
      await expect(card).toContainText(`${helse} набор`, { useInnerText: true });
      await expect(card).not.toContainText("Health and care", { useInnerText: true });
      await expect(card).not.toHaveAccessibleName(/Health and care|Helse og omsorg/);
      // Six sectors, and four links in the bar.
      await expect(home.getByRole("link")).toHaveCount(6 + 4);
      await expect(home.getByRole("combobox", { name: "Мова" })).toBeDisabled();
      expect(await seriousViolations(page)).toEqual([]);
      // The cards are real links: a tap before the app has started opens the sector.
      await card.click();
      await expect(page).toHaveURL("/sector/helse");
      release();
      await appReady(page);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Охорона здоров’я та догляд");
    });
  });

  test.describe("in Norwegian, with English support", () => {
    test.use({ locale: "nb-NO" });

    test("the app takes over the written home screen without a jump", async ({ page }) => {
      await page.addInitScript(() => {
        (window as unknown as { shifts: number }).shifts = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) (window as unknown as { shifts: number }).shifts += (entry as unknown as { value: number }).value;
        }).observe({ type: "layout-shift", buffered: true });
      });
      const release = await holdWasm(page);
      await page.goto("/");
      await expect(page.locator(".static-home h1")).toHaveText("Hvor jobber du?", { useInnerText: true });
      const written = await homeScreen(page, ".static-home");
      expect(written.map((part) => part.text)).toContain(
        "Helse og omsorg Health and care Assistent eller helsefagarbeider på sykehjem og i hjemmetjenesten " +
          (await page.locator(".static-home .sector-helse .card-meta").innerText()),
      );
      release();
      await appReady(page);
      await expect(page.locator(".static-home")).toHaveCount(0);
      expect(await homeScreen(page, "body")).toEqual(written);
      expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
      // The wasm was asked for by the app's script once the page had been
      // painted, not by a preload sharing the line with that first paint.
      expect(await initiators(page, "_bg.wasm")).not.toContain("link");
    });
  });

  test("a deep link and a learner who has begun get the start-up notice, not the home screen", async ({ page }) => {
    await holdWasm(page);
    await page.goto("/sector/helse");
    await expect(page.locator("#boot-loading")).toBeVisible();
    await expect(page.locator(".static-home")).toBeHidden();

    // Practice shows above the sectors on the home screen: the written
    // one, without it, would move when the app takes over.
    await page.evaluate(() => localStorage.setItem("bransjenorsk.v1.progress", "{}"));
    await page.goto("/");
    await expect(page.locator("#boot-loading")).toBeVisible();
    await expect(page.locator(".static-home")).toBeHidden();
  });
});
