import { test, expect, appReady } from "./fixtures";

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
