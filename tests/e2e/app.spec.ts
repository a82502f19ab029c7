import type { Request } from "@playwright/test";
import { test, expect, appReady, initiators, seriousViolations, smallTouchTargets } from "./fixtures";

// Each screen, and what shows once it has everything it loads.
const screens = [
  { name: "home", path: "/", ready: ".sector-card" },
  { name: "sector", path: "/sector/helse", ready: ".pack-card" },
  { name: "pack", path: "/pack/helse-a1-hilse-beboer", ready: ".vocab-item" },
  { name: "practice", path: "/pack/helse-a1-hilse-beboer/practice", ready: ".culture" },
  { name: "settings", path: "/settings", ready: "[data-testid=storage-status]" },
  { name: "about", path: "/about", ready: "main h2" },
  { name: "not found", path: "/no/such/page", ready: "main .button" },
  { name: "check a pack", path: "/share.html#check", ready: "input[type=file]" },
  { name: "mentor mode", path: "/share.html#mentor", ready: "input[name=from]" },
];

test("home lists the six sectors", async ({ page }) => {
  await page.goto("/");
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Where do you work?");
  const sectors = ["Health and care", "Kindergarten", "Hotels, restaurants and cafés", "Cleaning", "Technical services", "Working life"];
  for (const name of sectors) {
    await expect(page.getByRole("link", { name: new RegExp(name) })).toBeVisible();
  }
  await expect(page.locator(".sector-card")).toHaveCount(sectors.length);
  await expect(page).toHaveTitle("Choose a sector – Bransjenorsk");
});

test("technical services has its packs up to the level the jobs ask for", async ({ page }) => {
  await page.goto("/");
  await appReady(page);
  await page.getByRole("link", { name: /Technical services/ }).click();
  await expect(page).toHaveURL("/sector/teknisk");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Technical services");
  for (const level of ["A1", "A2", "B1"]) {
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(level) })).toBeVisible();
  }
  await expect(page.getByRole("heading", { level: 2, name: /B2/ })).toHaveCount(0);
  await page.getByRole("link", { name: /Tools and materials/ }).click();
  await expect(page).toHaveURL("/pack/teknisk-a1-verktoy-og-materialer");
});

test("home → sector → pack → back", async ({ page }) => {
  await page.goto("/");
  await appReady(page);
  // Moving between screens never reloads the page.
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await page.getByRole("link", { name: /Cleaning/ }).click();
  await expect(page).toHaveURL("/sector/renhold");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cleaning");
  // A screen reader starts reading the new screen, not a link that is gone.
  await expect(page.locator("main")).toBeFocused();
  await expect(page.getByRole("heading", { level: 2, name: /A1/ })).toBeVisible();

  await page.getByRole("link", { name: /Cleaning equipment/ }).click();
  await expect(page).toHaveURL("/pack/renhold-a1-utstyr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cleaning equipment");
  const mop = page.locator(".vocab-item", { hasText: "en mopp" });
  await expect(mop.locator(".lemma")).toHaveAttribute("lang", "nb");
  await expect(mop.locator(".gloss")).toHaveText("mop");
  await expect(mop.locator(".gloss")).toHaveAttribute("lang", "en");

  await page.getByRole("link", { name: "Back to Cleaning" }).click();
  await expect(page).toHaveURL("/sector/renhold");
  await page.goBack();
  await expect(page).toHaveURL("/pack/renhold-a1-utstyr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cleaning equipment");
  await page.goForward();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cleaning");
  await page.getByRole("link", { name: "Back to start" }).click();
  await expect(page).toHaveURL("/");
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
});

test("a pack opened again in the same visit is not downloaded again", async ({ page }) => {
  const downloads: string[] = [];
  page.on("request", (request) => {
    const url = request.url();
    if (url.endsWith(".json") && url.includes("/exercises/") && !url.endsWith("/catalog.json")) downloads.push(url);
  });
  await page.goto("/sector/renhold");
  await appReady(page);
  await page.getByRole("link", { name: /Cleaning equipment/ }).click();
  await expect(page.locator(".vocab-item", { hasText: "en mopp" })).toBeVisible();
  await page.getByRole("link", { name: "Back to Cleaning" }).click();
  await page.getByRole("link", { name: /Cleaning equipment/ }).click();
  await expect(page.locator(".vocab-item", { hasText: "en mopp" })).toBeVisible();
  expect(downloads).toHaveLength(1);
});

test("a lesson link asks for its pack beside the wasm, once, here and under a sub-path", async ({ page }) => {
  for (const base of ["/", "/bransjenorsk/"]) {
    const downloads: string[] = [];
    const seen = (request: Request) => {
      if (request.url().endsWith("/a1-utstyr.json")) downloads.push(request.url());
    };
    page.on("request", seen);
    await page.goto(`${base}pack/renhold-a1-utstyr/practice`);
    await appReady(page);
    await expect(page.locator(".player-item")).toBeVisible();
    expect(downloads).toEqual([`${new URL(page.url()).origin}${base}exercises/renhold/a1-utstyr.json`]);
    expect(await initiators(page, "/a1-utstyr.json")).toEqual(["link"]);
    // The wasm too: asked for by the page's preload, not after the app's script.
    expect(await initiators(page, "_bg.wasm")).toContain("link");
    page.off("request", seen);
  }
});

test("the bottom navigation marks where you are", async ({ page }) => {
  await page.goto("/");
  await appReady(page);
  const nav = page.getByRole("navigation", { name: "Main menu" });
  await expect(nav.getByRole("link", { name: "Home" })).toHaveAttribute("aria-current", "page");
  await nav.getByRole("link", { name: "Settings" }).click();
  await expect(page).toHaveURL("/settings");
  await expect(nav.getByRole("link", { name: "Settings" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Home" })).not.toHaveAttribute("aria-current", "page");
  await nav.getByRole("link", { name: "Help" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Help and information");
});

test("a language choice survives a reload", async ({ page }) => {
  await page.goto("/");
  await appReady(page);
  await page.getByLabel("Language").selectOption({ label: "Українська" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Де ви працюєте?");
  await expect(page.locator("html")).toHaveAttribute("lang", "uk");
  await expect(page).toHaveTitle("Виберіть галузь – Bransjenorsk");

  await page.reload();
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Де ви працюєте?");
  await expect(page.locator("html")).toHaveAttribute("lang", "uk");
  await expect(page.getByLabel("Мова")).toHaveValue("uk");
});

test("settings change the language with large radio buttons", async ({ page }) => {
  await page.goto("/settings");
  await appReady(page);
  await expect(page.getByTestId("storage-status")).toHaveText(/saved only in this browser/);
  await page.getByRole("radio", { name: "Norsk bokmål" }).check();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Innstillinger");
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  await expect(page.getByRole("radio", { name: "Norsk bokmål" })).toBeChecked();
  await page.reload();
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Innstillinger");
});

test.describe("starts in the browser's language", () => {
  test.describe("Norwegian", () => {
    test.use({ locale: "nb-NO" });
    test("nb-NO means Bokmål", async ({ page }) => {
      await page.goto("/");
      await appReady(page);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hvor jobber du?");
      await expect(page.locator("html")).toHaveAttribute("lang", "nb");
    });
  });
  test.describe("Ukrainian", () => {
    test.use({ locale: "uk-UA" });
    test("uk-UA means Ukrainian", async ({ page }) => {
      await page.goto("/");
      await appReady(page);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Де ви працюєте?");
    });
  });
  test.describe("Russian", () => {
    test.use({ locale: "ru-RU" });
    test("Russian falls back to English, not to Ukrainian", async ({ page }) => {
      await page.goto("/");
      await appReady(page);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Where do you work?");
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
    });
  });
});

test("a deep link loads directly", async ({ page }) => {
  await page.goto("/pack/barnehage-a1-levering-henting");
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Drop-off and pick-up");
  await expect(page.locator(".vocab-item", { hasText: "å hente" })).toBeVisible();
});

test("an unknown address gets a friendly page with a way home", async ({ page }) => {
  for (const path of ["/no/such/page", "/sector/fiske", "/pack/no-such-pack"]) {
    await page.goto(path);
    await appReady(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  }
  await page.locator("main").getByRole("link", { name: "Back to start" }).click();
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Where do you work?");
});

test.describe("offline", () => {
  test.use({ expectedConsoleErrors: /ERR_INTERNET_DISCONNECTED/ });

test("a pack that cannot be downloaded says so and can be retried", async ({ page }) => {
  await page.route("**/exercises/horeca/**", (route) => route.abort("internetdisconnected"));
  await page.goto("/pack/horeca-a1-kjokkenet");
  await appReady(page);
  await expect(page.getByRole("alert")).toContainText("could not be downloaded");
  await page.unroute("**/exercises/horeca/**");
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.locator(".vocab-item", { hasText: "en kniv" })).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
});
});

for (const { name, path, ready } of screens) {
  test(`${name}: no serious accessibility violations, light and dark`, async ({ page }) => {
    await page.goto(path);
    await appReady(page);
    await page.locator(ready).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await seriousViolations(page)).toEqual([]);
  });

  test(`${name}: touch targets of at least 44 px`, async ({ page }) => {
    await page.goto(path);
    await appReady(page);
    await page.locator(ready).first().waitFor();
    expect(await smallTouchTargets(page)).toEqual([]);
  });

  test.describe("in Ukrainian at 200% text size", () => {
    test.use({ locale: "uk-UA" });
    test(`${name}: readable without sideways scrolling`, async ({ page }) => {
      await page.goto(path);
      await appReady(page);
      await page.locator(ready).first().waitFor();
      // The browser's own text size setting, as a reader with large text has it.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Page.setFontSizes", { fontSizes: { standard: 32, fixed: 26 } });
      const rootSize = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
      expect(rootSize).toBe("32px");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expect(page.locator("main h1")).toBeInViewport();
      expect(await smallTouchTargets(page)).toEqual([]);
    });
  });
}

test("the manifest and its icons are served for adding to the home screen", async ({ page, request }) => {
  await page.goto("/");
  await appReady(page);
  const href = await page.locator('link[rel="manifest"]').evaluate((link: HTMLLinkElement) => link.href);
  const manifest = await (await request.get(href)).json();
  expect(manifest.name).toBe("Bransjenorsk");
  expect(manifest.display).toBe("standalone");
  const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
  expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  for (const icon of manifest.icons) {
    const response = await request.get(new URL(icon.src, href).href);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()["content-type"]).toBe(icon.type);
  }
});

test.describe("the page policy", () => {
  // The blocked script below is refused on purpose; Chromium logs that.
  test.use({ expectedConsoleErrors: /Content Security Policy|Page policy violation: script-src-elem/ });

  for (const path of ["/", "/share.html#mentor", "/no/such/page"]) {
    test(`${path} allows its own scripts and no others`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator("#boot")).toHaveCount(0);
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
      expect(policy).toContain("default-src 'self'");
      // Only the sharing page fetches from elsewhere: teachers' packs on
      // https hosts (and this machine, to try one).
      const connect = path.startsWith("/share.html")
        ? "connect-src 'self' https: http://localhost:* http://127.0.0.1:*;"
        : "connect-src 'self';";
      expect(policy).toContain(connect);
      expect(policy).not.toContain("unsafe-inline");
      expect(policy).not.toContain("'unsafe-eval'");
      const refused = await page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            document.addEventListener("securitypolicyviolation", (event) => resolve(event.effectiveDirective));
            const script = document.createElement("script");
            script.textContent = "window.slippedIn = true;";
            document.body.append(script);
          }),
      );
      expect(refused).toBe("script-src-elem");
      expect(await page.evaluate(() => "slippedIn" in window)).toBe(false);
    });
  }
});
