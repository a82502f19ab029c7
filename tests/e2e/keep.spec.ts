import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { test, expect, appReady, seriousViolations, smallTouchTargets } from "./fixtures";

// Everything a learner or mentor keeps here: one backup holds it all, and
// a stored value that cannot be read is set aside, told and offered.

const example = JSON.parse(readFileSync(new URL("../fixtures/backup/v2.json", import.meta.url), "utf8"));
const key = (name: string) => `bransjenorsk.v1.${name}`;

/** What the person keeps, as the app stores it. */
const KEPT: Record<string, string> = {
  [key("progress")]: JSON.stringify(example.progress),
  [key("assignments")]: example.assignments,
  [key("mentor")]: example.mentor,
  [key("review")]: JSON.stringify(example.settings.review),
  [key("support")]: JSON.stringify(example.settings.support),
  [key("sound")]: JSON.stringify(example.settings.sound),
  [key("learner-name")]: JSON.stringify(example.settings["learner-name"]),
};

async function seed(page: Page, entries: Record<string, string>) {
  await page.goto("/about");
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, entries);
}

const stored = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)])));

async function download(page: Page, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name }).click()]);
  return readFileSync((await file.path())!, "utf8");
}

test.use({ locale: "en-GB" });

test("export, clear the browser, import: every part is back, after a preview of what the file holds", async ({
  page,
}) => {
  await seed(page, KEPT);
  await page.goto("/settings");
  await appReady(page);
  const text = await download(page, "Download a backup");
  const backup = JSON.parse(text);
  expect(backup).toMatchObject({ kind: "bransjenorsk-backup", version: 3 });
  expect(backup.assignments).toBe(example.assignments);
  expect(backup.mentor).toBe(example.mentor);
  expect(backup.settings).toEqual({
    review: example.settings.review,
    support: "none",
    sound: false,
    "learner-name": "Olena K.",
  });

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await appReady(page);
  await page.getByRole("link", { name: "Import a backup" }).click();
  await appReady(page);
  await expect(page).toHaveURL(/share\.html#import$/);
  await page.getByLabel("Choose a backup file").setInputFiles({
    name: "bransjenorsk-2026-11-22.json",
    mimeType: "application/json",
    buffer: Buffer.from(text),
  });
  const preview = page.getByTestId("import-preview");
  await expect(preview).toContainText("The backup holds:");
  await expect(preview.getByLabel("Progress: one exercise in one pack, one day of practice")).toHaveValue("merge");
  await expect(preview.getByLabel("Assignments you have accepted: 1")).toBeVisible();
  await expect(preview.getByLabel("Mentor mode: one assignment and one report")).toBeVisible();
  await expect(preview.getByLabel(/^Settings: 4 choices/)).toBeVisible();
  // Nothing changes before the learner says so.
  expect(Object.keys(await stored(page)).filter((name) => !name.includes("probe"))).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);
  expect(await smallTouchTargets(page)).toEqual([]);

  await preview.getByRole("button", { name: "Import" }).click();
  const done = page.getByTestId("import-done");
  await expect(done).toContainText("The backup has been imported:");
  await expect(done.locator("li")).toHaveText([
    "Progress added: one exercise new or newer from the backup.",
    "Accepted assignments added from the backup: 1.",
    "Added to mentor mode from the backup: 2 assignments and reports.",
    "Settings not chosen on this device taken from the backup: 4.",
  ]);
  const after = await stored(page);
  for (const [name, value] of Object.entries(KEPT)) {
    if (name === key("progress")) {
      expect(JSON.parse(after[name]!).items).toEqual(example.progress.items);
    } else {
      expect(after[name], name).toBe(value);
    }
  }
  // Back in the app, the settings are in use.
  await page.getByRole("link", { name: "Back to settings" }).click();
  await appReady(page);
  await expect(page.locator('select[name="new-per-day"]')).toHaveValue("5");
  await expect(page.getByRole("checkbox", { name: /^Play sound/ })).not.toBeChecked();
});

test("each part is added, replaced or left out as chosen", async ({ page }) => {
  await seed(page, { [key("mentor")]: example.assignments, [key("review")]: '{"retention":0.95,"new_per_day":30}' });
  await page.goto("/share.html#import");
  await appReady(page);
  // The interface stays in English: the backup's language is left out.
  const { lang: _, ...settings } = example.settings;
  const body = JSON.stringify({ ...example, settings });
  const file = { name: "b.json", mimeType: "application/json", buffer: Buffer.from(body) };
  await page.getByLabel("Choose a backup file").setInputFiles(file);
  const preview = page.getByTestId("import-preview");
  await preview.locator('select[name="progress"]').selectOption("leave");
  await preview.locator('select[name="assignments"]').selectOption("leave");
  await preview.locator('select[name="mentor"]').selectOption("replace");
  await preview.locator('select[name="settings"]').selectOption("replace");
  await preview.getByRole("button", { name: "Import" }).click();
  await expect(page.getByTestId("import-done").locator("li")).toHaveText([
    "Progress left as it was.",
    "Accepted assignments left as they were.",
    "Mentor mode replaced by the backup's: 2 assignments and reports.",
    "Settings taken from the backup: 4.",
  ]);
  const after = await stored(page);
  expect(after[key("progress")]).toBeUndefined();
  expect(after[key("assignments")]).toBeUndefined();
  expect(after[key("mentor")]).toBe(example.mentor);
  expect(JSON.parse(after[key("review")]!)).toEqual(example.settings.review);
});

test("a backup with nothing in it, or of a newer version, changes nothing and says why", async ({ page }) => {
  await seed(page, KEPT);
  await page.goto("/share.html#import");
  await appReady(page);
  const before = await stored(page);
  const choose = page.getByLabel("Choose a backup file");
  for (const [body, says] of [
    ['{"kind":"bransjenorsk-backup","version":2,"exported":1}', "holds nothing to import"],
    ['{"kind":"bransjenorsk-backup","version":4,"exported":1,"drafts":[]}', "comes from a newer version"],
    ['{"kind":"bransjenorsk-backup","version":2,"settings":{"lang":"ru"}}', "is not a Bransjenorsk backup"],
  ]) {
    await choose.setInputFiles({ name: "b.json", mimeType: "application/json", buffer: Buffer.from(body) });
    await expect(page.getByRole("alert")).toContainText(says);
    await expect(page.getByTestId("import-preview")).toHaveCount(0);
  }
  expect(await stored(page)).toEqual(before);
});

test("a file larger than any backup is not even read", async ({ page }) => {
  await seed(page, KEPT);
  await page.goto("/share.html#import");
  await appReady(page);
  const before = await stored(page);
  const huge = Buffer.alloc(16 * 1024 * 1024 + 1, 0x20);
  await page.getByLabel("Choose a backup file").setInputFiles({ name: "film.json", mimeType: "application/json", buffer: huge });
  await expect(page.getByRole("alert")).toContainText("larger than any backup the app makes");
  expect(await stored(page)).toEqual(before);
});

/** Each kept value, damaged, where the app reads it, and what it is called. */
const DAMAGED: [string, string, string, string][] = [
  ["review", "{\"retention\":", "/settings", "your review settings"],
  ["lang", "\"ru\"", "/", "the language you chose"],
  ["support", "42", "/", "the support language you chose"],
  ["sound", "\"loud\"", "/settings", "the sound setting"],
  ["assignments", "17 not-a-message", "/", "the assignments you have accepted"],
  ["mentor", "17 not-a-message", "/share.html#mentor", "your assignments and the learners' reports"],
  ["heard-voice", "\"Nora\"", "/", "your answer to the voice test"],
  ["backup-day", "\"i går\"", "/", "the day of your last backup"],
];

for (const [name, raw, path, what] of DAMAGED) {
  test(`a damaged ${name} value is set aside, named and offered, and nothing is lost`, async ({ page }) => {
    await seed(page, { [key(name)]: raw });
    await page.goto(path);
    await appReady(page);
    const notice = page.getByTestId(`set-aside-${name}`);
    await expect(notice).toContainText(`could not be read because the saved data is damaged: ${what}`);
    await expect(notice).toContainText("set aside untouched");
    const kept = (await stored(page))[key(`quarantine.${name}`)];
    expect(kept!.trim()).toBe(raw);
    expect((await download(page, "Download the data that could not be read")).trim()).toBe(raw);
    expect(await seriousViolations(page)).toEqual([]);
    await notice.getByRole("button", { name: "OK" }).click();
    await expect(notice).toHaveCount(0);
    // Seen, the unreadable text leaves its key: nothing is told twice,
    // and the copy stays.
    expect((await stored(page))[key(name)] ?? "").not.toContain(raw);
    await page.reload();
    await appReady(page);
    await expect(page.getByRole("alert")).toHaveCount(0);
    expect((await stored(page))[key(`quarantine.${name}`)]!.trim()).toBe(raw);
    expect(Object.keys(await stored(page)).filter((k) => k.startsWith(key(`quarantine.${name}.`)))).toEqual([]);
  });
}

test("damaged progress is set aside and told when a report link is opened first", async ({ page }) => {
  await seed(page, { [key("assignments")]: example.assignments });
  await page.goto("/");
  await appReady(page);
  const report = await page.getByRole("link", { name: "Send a report" }).getAttribute("href");
  await page.evaluate((name) => localStorage.setItem(name, "{\"schema\":2,\"items\":"), key("progress"));
  await page.goto(report!);
  await appReady(page);
  const notice = page.getByTestId("set-aside-progress");
  await expect(notice).toContainText("could not be read because the saved data is damaged");
  await expect(notice).toContainText("set aside untouched");
  expect((await stored(page))[key("quarantine.progress")]).toBe("{\"schema\":2,\"items\":");
});

test("a damaged name on reports is set aside when the report form reads it", async ({ page }) => {
  await seed(page, { [key("assignments")]: example.assignments, [key("learner-name")]: "Olena" });
  await page.goto("/");
  await appReady(page);
  await page.getByRole("link", { name: "Send a report" }).click();
  await appReady(page);
  const notice = page.getByTestId("set-aside-learner-name");
  await expect(notice).toContainText("the name you put on reports");
  expect((await stored(page))[key("quarantine.learner-name")]).toBe("Olena");
  expect((await stored(page))[key("learner-name")]).toBe("Olena");
  await notice.getByRole("button", { name: "OK" }).click();
  expect((await stored(page))[key("learner-name")]).toBeUndefined();
});
