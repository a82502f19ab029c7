import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { test, expect, appReady, seriousViolations } from "./fixtures";
import { zip } from "./zip";

const packs = resolve(import.meta.dirname, "../packs");

test.describe("a teacher checks a pack file", () => {
  test("from the help page, a good pack is confirmed with its counts", async ({ page }) => {
    await page.goto("/about");
    await appReady(page);
    await page.getByRole("link", { name: "Check a pack" }).click();
    await expect(page).toHaveURL("/share.html#check");
    await page.getByLabel("Pack file").setInputFiles(`${packs}/valid/helse/every-kind.toml`);
    const passed = page.getByTestId("check-passed");
    await expect(passed).toContainText("No problems found in “Morning care”.");
    await expect(passed).toContainText("1 word · 13 exercises");
  });

  test.describe("in Ukrainian", () => {
    test.use({ locale: "uk-UA" });
    test("every problem is listed with its line and column", async ({ page }) => {
      await page.goto("/share.html#check");
      await appReady(page);
      await page.getByLabel("Файл набору").setInputFiles(`${packs}/broken/21-answer-not-in-options.toml`);
      const failed = page.getByTestId("check-failed");
      await expect(failed).toContainText("Знайдено 1 помилку:");
      await expect(failed.getByRole("listitem")).toHaveText(
        "Рядок 25, стовпець 1Вправа «velg-01»: Відповіді «en bøtte» немає серед варіантів.",
      );
      expect(await seriousViolations(page)).toEqual([]);
    });

    test("a file that is not UTF-8 is named as such", async ({ page }) => {
      await page.goto("/share.html#check");
      await appReady(page);
      await page.getByLabel("Файл набору").setInputFiles(`${packs}/broken/51-latin1-encoding.toml`);
      await expect(page.getByTestId("check-failed")).toContainText("Файл не в кодуванні UTF-8.");
    });
  });

  test("several problems come in the order of the file", async ({ page }) => {
    const text = [
      "schema = 1",
      "[pack]",
      'id = "Bad Id"',
      'version = "1"',
      'sector = "renhold"',
      'level = "A1"',
      'authors = ["Test"]',
      'licence = "CC-BY-SA-4.0"',
      'title = { nb = "<b>Test</b>", uk = "Тест", en = "Test" }',
      'description = { nb = "Om", uk = "Про", en = "About" }',
    ].join("\n");
    await page.goto("/share.html#check");
    await appReady(page);
    await page.getByLabel("Pack file").setInputFiles({ name: "test.toml", mimeType: "text/plain", buffer: Buffer.from(text) });
    const problems = page.getByTestId("check-failed").getByRole("listitem");
    await expect(problems).toHaveCount(4);
    await expect(problems.nth(0)).toContainText("Line 2, column 2");
    await expect(problems.nth(0)).toContainText("“items” is empty.");
    await expect(problems.nth(1)).toContainText("Line 3, column 1");
    await expect(problems.nth(1)).toContainText("The id “Bad Id” may only use");
    await expect(problems.nth(2)).toContainText("The version “1” must look like 1.0.0.");
    await expect(problems.nth(3)).toContainText("“title” contains markup");
  });

  test("a file larger than a pack may be is refused before it is read", async ({ page }) => {
    await page.goto("/share.html#check");
    await appReady(page);
    const huge = Buffer.alloc(3 * 1024 * 1024, 0x41);
    await page.getByLabel("Pack file").setInputFiles({ name: "film.zip", mimeType: "application/zip", buffer: huge });
    await expect(page.getByRole("alert")).toHaveText(
      /^The file is 3\D?072 KB, more than the 2\D?816 KB a pack file may have, so it was not read\.$/,
    );
  });

  test("a pack as a zip is checked with its recordings", async ({ page }) => {
    const valid = (name: string) => readFileSync(`${packs}/valid/helse/${name}`);
    const files = {
      "every-kind.toml": valid("every-kind.toml"),
      "lyd/handkle.ogg": valid("lyd/handkle.ogg"),
      "lyd/kaffe.ogg": valid("lyd/kaffe.ogg"),
    };
    await page.goto("/share.html#check");
    await appReady(page);
    const choose = page.getByLabel("Pack file");
    await choose.setInputFiles({ name: "morgenstell.zip", mimeType: "application/zip", buffer: zip(files) });
    await expect(page.getByTestId("check-passed")).toContainText("No problems found in “Morning care”.");
    // A recording that is really a web page is refused where the pack names it.
    const disguised = { ...files, "lyd/kaffe.ogg": "<html><script>alert(1)</script></html>" };
    await choose.setInputFiles({ name: "morgenstell.zip", mimeType: "application/zip", buffer: zip(disguised) });
    const problem = page.getByTestId("check-failed").getByRole("listitem");
    await expect(problem).toHaveText(
      "Line 80, column 1Exercise “lytt-01”: The file “lyd/kaffe.ogg” is named as Ogg but is not a recording or picture the app can play or show.",
    );
  });
});

test.describe("the checker runs apart from the app", () => {
  test("it is downloaded only when a pack is checked, and once", async ({ page }) => {
    const worker: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("check-worker")) worker.push(new URL(request.url()).pathname);
    });
    await page.goto("/share.html#check");
    await appReady(page);
    expect(worker, "nothing of the checker before it is needed").toEqual([]);
    const input = page.getByLabel("Pack file");
    await input.setInputFiles(`${packs}/valid/helse/every-kind.toml`);
    await expect(page.getByTestId("check-passed")).toBeVisible();
    await input.setInputFiles(`${packs}/broken/21-answer-not-in-options.toml`);
    await expect(page.getByTestId("check-failed")).toBeVisible();
    expect(worker.sort()).toEqual(["/check-worker.js", "/check-worker_bg.wasm", "/check-worker_loader.js"]);
  });

  test.describe("offline", () => {
    test.use({ expectedConsoleErrors: /check-worker|ERR_INTERNET_DISCONNECTED|Failed to load resource/ });

    test("a checker that cannot be downloaded says so, and works once online", async ({ page, context }) => {
      await page.goto("/share.html#check");
      await appReady(page);
      await context.route("**/check-worker*", (route) => route.abort("internetdisconnected"));
      const input = page.getByLabel("Pack file");
      await input.setInputFiles(`${packs}/valid/helse/every-kind.toml`);
      await expect(page.getByRole("alert")).toHaveText(
        "The checker could not start. It is downloaded the first time you use it: check your internet connection and try again.",
      );
      await context.unroute("**/check-worker*");
      await input.setInputFiles(`${packs}/broken/21-answer-not-in-options.toml`);
      await expect(page.getByTestId("check-failed")).toBeVisible();
    });
  });
});
