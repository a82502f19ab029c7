import { test, expect, appReady, initiators } from "./fixtures";

// The interface text of each language is a file of its own, downloaded
// only when that language is shown.

test.describe("a learner whose browser speaks Ukrainian", () => {
  test.use({ locale: "uk-UA" });

  test("downloads the Ukrainian text only", async ({ page }) => {
    const texts: string[] = [];
    page.on("request", (request) => {
      if (request.url().endsWith(".ftl.txt")) texts.push(request.url().split("/").pop()!);
    });
    await page.goto("/");
    await appReady(page);
    await expect(page.getByRole("link", { name: "Налаштування" })).toBeVisible();
    expect(texts).toEqual(["uk.ftl.txt"]);
    // Asked for by the page beside the wasm, not after it has started.
    expect(await initiators(page, ".ftl.txt")).toEqual(["link"]);
  });
});

test.describe("a learner who chose Norwegian in an English browser", () => {
  test.use({ locale: "en-GB" });

  test("gets the Norwegian text asked for beside the wasm on the next visit, once", async ({ page }) => {
    await page.goto("/");
    await appReady(page);
    await page.getByTestId("language-select").selectOption("nb");
    await expect(page.locator("html")).toHaveAttribute("lang", "nb");
    const texts: string[] = [];
    page.on("request", (request) => {
      if (request.url().endsWith(".ftl.txt")) texts.push(request.url().split("/").pop()!);
    });
    await page.reload();
    await appReady(page);
    await expect(page.getByRole("link", { name: "Innstillinger" })).toBeVisible();
    // Once: the app takes what the page asked for. (English comes too, as
    // the support language of an English browser.)
    expect(texts.filter((text) => text === "nb.ftl.txt")).toEqual(["nb.ftl.txt"]);
    const preloaded = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === "link")
        .map((entry) => entry.name.split("/").pop()),
    );
    expect(preloaded).toContain("nb.ftl.txt");
  });
});

test.describe("a language that cannot be downloaded", () => {
  test.use({ locale: "en-GB", expectedConsoleErrors: /ERR_CONNECTION_RESET|Failed to load resource/ });

  test("is explained, and the current language stays until it can be", async ({ page }) => {
    await page.goto("/");
    await appReady(page);
    await page.route("**/locales/nb.ftl.txt", (route) => route.abort("connectionreset"));
    const select = page.getByTestId("language-select");
    await select.selectOption("nb");
    await expect(page.getByRole("alert")).toHaveText(
      "That language could not be downloaded. Check your internet connection and try again.",
    );
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("link", { name: "Settings" })).toBeVisible();

    await page.unroute("**/locales/nb.ftl.txt");
    await select.selectOption("en");
    await select.selectOption("nb");
    await expect(page.locator("html")).toHaveAttribute("lang", "nb");
    await expect(page.getByRole("link", { name: "Innstillinger" })).toBeVisible();
    await expect(page.getByRole("alert")).toHaveCount(0);
  });
});
