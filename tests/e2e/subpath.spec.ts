import { test, expect, appReady } from "./fixtures";

// dist-sub/ is the same release build made with `--public-url /bransjenorsk/`,
// served under that path by a plain static server with a 404.html fallback.
test.describe("served under a sub-path", () => {
  test("deep links survive a reload and links keep the sub-path", async ({ page }) => {
    await page.goto("/bransjenorsk/sector/horeca");
    await appReady(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hotels, restaurants and cafés");

    await page.getByRole("link", { name: /In the kitchen/ }).click();
    await expect(page).toHaveURL("/bransjenorsk/pack/horeca-a1-kjokkenet");
    await expect(page.locator(".vocab-item", { hasText: "et kjøleskap" })).toBeVisible();

    await page.reload();
    await appReady(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("In the kitchen");
    await expect(page.locator(".vocab-item", { hasText: "et kjøleskap" })).toBeVisible();

    await page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Settings" }).click();
    await expect(page).toHaveURL("/bransjenorsk/settings");
    await page.getByRole("link", { name: "Bransjenorsk" }).click();
    await expect(page).toHaveURL("/bransjenorsk/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Where do you work?");
  });

  test("an unknown path under the sub-path shows the not-found page", async ({ page }) => {
    await page.goto("/bransjenorsk/nothing/here");
    await appReady(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  });

  test("practice and the pack checker work under the sub-path", async ({ page }) => {
    await page.goto("/bransjenorsk/pack/helse-a1-hilse-beboer/practice");
    await appReady(page);
    await expect(page.locator(".culture")).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.locator(".card-front")).toBeVisible();
    await page.getByRole("link", { name: "End practice" }).click();
    await expect(page).toHaveURL("/bransjenorsk/pack/helse-a1-hilse-beboer");
    await expect(page.locator(".practise")).toContainText(/\b1 of \d+ done/);

    await page.goto("/bransjenorsk/share.html#check");
    await appReady(page);
    const packs = new URL("../packs/", import.meta.url).pathname;
    await page.getByLabel("Pack file").setInputFiles(`${packs}valid/helse/every-kind.toml`);
    await expect(page.getByTestId("check-passed")).toBeVisible();
  });

  test("a mentor's link opens the assignment under the sub-path", async ({ page, baseURL }) => {
    await page.goto("/bransjenorsk/settings");
    await appReady(page);
    await page.getByRole("link", { name: "Mentor mode" }).click();
    await appReady(page);
    await page.getByLabel("Your name, as the learners know you").fill("Ingrid");
    await page.locator('input[name=pack][value="helse-a1-hilse-beboer"]').check();
    await page.getByRole("button", { name: "Make the link" }).click();
    const link = await page.getByTestId("link").inputValue();
    expect(link.startsWith(`${baseURL}/bransjenorsk/share.html#`)).toBe(true);
    await page.goto(link);
    await appReady(page);
    await page.getByRole("button", { name: "Accept the assignment" }).click();
    await page.getByRole("link", { name: "Go to the home screen" }).click();
    await expect(page).toHaveURL("/bransjenorsk/");
    await expect(page.getByTestId("assigned")).toContainText("From Ingrid");
  });
});
