import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { test, expect, appReady, seriousViolations, smallTouchTargets } from "./fixtures";

// Saved progress against everything a browser does to it. Every test
// checks that nothing saved before is lost.

const exported = new URL("../../target/e2e-packs/", import.meta.url);
const fixture = (name: string) => readFileSync(new URL(`../fixtures/progress/${name}`, import.meta.url), "utf8").trim();

const KEY = "bransjenorsk.v1.progress";
const QUARANTINE = "bransjenorsk.v1.quarantine.progress";
const PACK = "helse-a1-hilse-beboer";
const FRONTS = ["et håndkle", "en tannbørste", "en kam"];

/** The test pack: three flashcards, or those `keep` names. */
function cards(keep = [1, 2, 3]): string {
  const pack = JSON.parse(readFileSync(new URL("helse/a1-player.json", exported), "utf8"));
  const card = pack.items.find((item: { kind: string }) => item.kind === "flashcard");
  pack.items = keep.map((n) => ({ ...card, id: `kort-0${n}`, front: FRONTS[n - 1] }));
  return JSON.stringify(pack);
}

async function serve(page: Page, keep?: number[]) {
  await page.route("**/exercises/helse/a1-hilse-beboer.json", (route) =>
    route.fulfill({ contentType: "application/json", body: cards(keep) }),
  );
}

/** Puts `entries` into storage as the app starts. */
async function seed(page: Page, entries: Record<string, string>) {
  await page.goto("/about");
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, entries);
  await page.reload();
  await appReady(page);
}

const stored = (page: Page, key = KEY) => page.evaluate((key) => localStorage.getItem(key), key);
const storedItems = async (page: Page) => JSON.parse((await stored(page))!).items as Record<string, { seen: number }>;

async function practise(page: Page, count: number) {
  await page.goto(`/pack/${PACK}/practice`);
  await appReady(page);
  for (let i = 0; i < count; i++) await answerCard(page);
}

async function answerCard(page: Page) {
  await page.getByRole("button", { name: "Show the meaning" }).click();
  await page.getByRole("button", { name: "I know it" }).click();
}

/** The text of the file a click on `name` downloads. */
async function download(page: Page, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name }).click()]);
  return readFileSync((await file.path())!, "utf8");
}

async function audit(page: Page) {
  expect(await seriousViolations(page)).toEqual([]);
  expect(await smallTouchTargets(page)).toEqual([]);
}

test.use({ locale: "en-GB" });

test.beforeEach(async ({ page }) => {
  await serve(page);
});

test("an answer is saved at once, and the pack page counts it", async ({ page }) => {
  await practise(page, 1);
  const items = await storedItems(page);
  expect(Object.keys(items)).toEqual([`${PACK}/kort-01`]);
  expect(JSON.parse((await stored(page))!).schema).toBe(2);
  await page.goto(`/pack/${PACK}`);
  await expect(page.locator(".practise")).toContainText("1 of 3 done");
  await expect(page.getByTestId("pack-memory")).toHaveText("Due for review: 0 · Mastered: 0");

  // The sector's readiness counts it, and says what it is not.
  await page.getByRole("link", { name: "Back to Health and care" }).click();
  const readiness = page.getByRole("region", { name: "How far you have come" });
  await expect(readiness.getByTestId("readiness")).toHaveText(
    /^The goal for the jobs here is Norwegian at level B2\. You have practised \d+ % of the exercises up to B2 and mastered 0 %\.$/,
  );
  await expect(readiness.locator("li").first()).toContainText(/A1\s*1 \/ \d+/);
  await expect(readiness).toContainText("not a test result");
});

test("progress of the first format is brought up to date and kept", async ({ page }) => {
  await seed(page, { [KEY]: fixture("v1.json") });
  await page.goto(`/pack/${PACK}`);
  await expect(page.locator(".practise")).toContainText("1 of 3 done");
  await practise(page, 1);
  const saved = JSON.parse((await stored(page))!);
  expect(saved.schema).toBe(2);
  // Items of other packs, and this pack's answered before, are all there.
  expect(Object.keys(saved.items).sort()).toEqual([
    `${PACK}/kort-01`,
    `${PACK}/kort-02`,
    `${PACK}/velg-02`,
    "renhold-a1-utstyr/ord-03",
  ]);
  expect(saved.items[`${PACK}/kort-01`].seen).toBe(3);
});

for (const [name, raw, says] of [
  ["damaged", "{\"schema\":2,\"items\":{\"x\"", "could not be read because the saved data is damaged: your progress"],
  ["from a newer version", "{\"schema\":99,\"items\":{}}", "saved by a newer version of Bransjenorsk"],
]) {
  test(`progress ${name} is set aside untouched, explained and offered for download`, async ({ page }) => {
    await seed(page, { [KEY]: raw });
    const notice = page.getByTestId("set-aside-progress");
    await expect(notice).toContainText(says);
    await expect(notice).toContainText("set aside untouched");
    expect(await stored(page, QUARANTINE)).toBe(raw);
    expect(await download(page, "Download the data that could not be read")).toBe(raw);
    await audit(page);

    // Practice goes on and is saved; what was set aside stays as it was.
    await practise(page, 1);
    expect(Object.keys(await storedItems(page))).toEqual([`${PACK}/kort-01`]);
    expect(await stored(page, QUARANTINE)).toBe(raw);
    await notice.getByRole("button", { name: "OK" }).click();
    await expect(notice).toHaveCount(0);
    await page.reload();
    await appReady(page);
    await expect(page.getByTestId("set-aside-progress")).toHaveCount(0);
    expect(await stored(page, QUARANTINE)).toBe(raw);
  });
}

test("with storage full, answers are kept in memory, offered as a backup, guarded on leaving, and saved once there is room", async ({
  page,
}) => {
  const before = fixture("v2.json");
  await seed(page, { [KEY]: before });
  await page.goto(`/pack/${PACK}/practice`);
  await appReady(page);
  // Fill what is left of the quota, to the last few characters.
  const filled = await page.evaluate(() => {
    let count = 0;
    for (let size = 1 << 20; size >= 1; size >>= 1) {
      const chunk = "x".repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`fill-${count}`, chunk);
          count++;
        } catch {
          break;
        }
      }
    }
    return count;
  });
  expect(filled).toBeGreaterThan(0);

  await answerCard(page);
  const notice = page.getByTestId("progress-not-saved");
  await expect(notice).toContainText("storage is full");
  await expect(notice).toContainText("kept only while this page stays open");
  expect(await stored(page)).toBe(before);
  const backup = JSON.parse(await download(page, "Download a backup"));
  expect(backup.kind).toBe("bransjenorsk-backup");
  expect(Object.keys(backup.progress.items).sort()).toEqual([
    "barnehage-a2-foreldre/melding-01",
    "barnehage-a2-foreldre/ord-04",
    `${PACK}/kort-01`,
  ]);
  await audit(page);

  await expect(notice).toContainText("delete photos, videos or apps");

  // Leaving now would lose the answer: the page asks first.
  const leaving = page.waitForEvent("dialog");
  page.evaluate(() => location.reload()).catch(() => {});
  const dialog = await leaving;
  expect(dialog.type()).toBe("beforeunload");
  await dialog.dismiss();
  await expect(notice).toBeVisible();

  // Room again: the answer is saved without another, and nothing is lost.
  await page.evaluate((count) => {
    for (let i = 0; i < count; i++) localStorage.removeItem(`fill-${i}`);
  }, filled);
  await expect.poll(async () => Object.keys(await storedItems(page)).length, { timeout: 20_000 }).toBe(3);
  await expect(notice).toHaveCount(0);
  await answerCard(page);
  expect(Object.keys(await storedItems(page))).toHaveLength(4);

  // With everything saved, leaving asks nothing.
  const dialogs: string[] = [];
  page.on("dialog", (shown) => {
    dialogs.push(shown.type());
    void shown.accept();
  });
  const closed = page.waitForEvent("close");
  await page.close({ runBeforeUnload: true });
  await closed;
  expect(dialogs).toEqual([]);
});

test("two tabs at once: neither overwrites the other's answers", async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  for (const page of [first, second]) await serve(page);
  await second.goto(`/pack/${PACK}`);
  await appReady(second);
  await expect(second.locator(".practise")).toContainText("0 of 3 done");

  await practise(first, 1);
  // The other tab hears of it at once.
  await expect(second.locator(".practise")).toContainText("1 of 3 done");
  await second.getByRole("link", { name: "Start practising" }).click();
  await expect(second.locator(".card-front")).toContainText("en tannbørste");
  await answerCard(second);

  // The first tab's next card is the one the second just answered.
  await expect(first.locator(".card-front")).toContainText("en tannbørste");
  await answerCard(first);
  const items = await storedItems(first);
  expect(Object.keys(items).sort()).toEqual([`${PACK}/kort-01`, `${PACK}/kort-02`]);
  expect(items[`${PACK}/kort-02`].seen).toBe(2);
});

test("a backup taken to another browser merges, or replaces when asked; other files are refused", async ({
  page,
  browser,
}) => {
  await practise(page, 2);
  await page.goto("/settings");
  await appReady(page);
  const backup = await download(page, "Download a backup");
  const file = (text: string, name = "bransjenorsk-backup.json") => ({
    name,
    mimeType: "application/json",
    buffer: Buffer.from(text),
  });

  const other = await browser.newContext({ locale: "en-GB" });
  const phone = await other.newPage();
  await serve(phone, [1, 2, 3]);
  await practise(phone, 1);
  await phone.goto("/share.html#import");
  await appReady(phone);
  const choose = phone.getByLabel("Choose a backup file");

  for (const [text, says] of [
    ["not a backup", "is not a Bransjenorsk backup"],
    [fixture("v2.json"), "is not a Bransjenorsk backup"],
    ['{"kind":"bransjenorsk-backup","exported":1,"progress":{"schema":99}}', "comes from a newer version"],
  ]) {
    await choose.setInputFiles(file(text, "other.json"));
    await expect(phone.getByRole("alert")).toContainText(says);
    expect(Object.keys(await storedItems(phone))).toEqual([`${PACK}/kort-01`]);
  }

  // Merge: the card answered on both keeps its latest answer.
  await choose.setInputFiles(file(backup));
  await phone.getByRole("button", { name: "Import" }).click();
  await expect(phone.getByTestId("import-done")).toHaveText(
    "The backup has been imported:Progress added: one exercise new or newer from the backup.",
  );
  expect(Object.keys(await storedItems(phone)).sort()).toEqual([`${PACK}/kort-01`, `${PACK}/kort-02`]);

  await serve(phone, [3]);
  await practise(phone, 1);
  expect(Object.keys(await storedItems(phone))).toHaveLength(3);
  await phone.goto("/share.html#import");
  await appReady(phone);
  await phone.getByLabel("Choose a backup file").setInputFiles(file(backup));
  await phone.locator('select[name="progress"]').selectOption("replace");
  await phone.getByRole("button", { name: "Import" }).click();
  await expect(phone.getByTestId("import-done")).toContainText("Progress replaced by the backup's: 2 exercises.");
  expect(Object.keys(await storedItems(phone)).sort()).toEqual([`${PACK}/kort-01`, `${PACK}/kort-02`]);
  await other.close();
});

test("reset asks first, naming what will be lost", async ({ page }) => {
  await practise(page, 2);
  await page.goto("/settings");
  await appReady(page);
  await page.getByRole("button", { name: "Delete all progress" }).click();
  const confirm = page.getByTestId("reset-confirm");
  await expect(confirm).toContainText(
    "This deletes your answers to 2 exercises in one pack and your practice log of one day.",
  );
  await audit(page);
  await confirm.getByRole("button", { name: "Cancel" }).click();
  expect(Object.keys(await storedItems(page))).toHaveLength(2);

  await page.getByRole("button", { name: "Delete all progress" }).click();
  await page.getByRole("button", { name: "Delete my progress" }).click();
  await expect(page.getByRole("status")).toHaveText("Your progress has been deleted.");
  expect(await stored(page)).toBeNull();
  await page.goto(`/pack/${PACK}`);
  await expect(page.locator(".practise")).toContainText("0 of 3 done");
});

test("an item a pack drops keeps its progress, and it returns with the item", async ({ page }) => {
  await practise(page, 3);
  await page.unroute("**/exercises/helse/a1-hilse-beboer.json");
  await serve(page, [1, 3]);
  await page.goto(`/pack/${PACK}`);
  await appReady(page);
  await expect(page.locator(".practise")).toContainText("2 of 2 done");
  await page.getByRole("link", { name: "Start practising" }).click();
  await answerCard(page);
  expect(Object.keys(await storedItems(page))).toHaveLength(3);

  await page.unroute("**/exercises/helse/a1-hilse-beboer.json");
  await serve(page);
  await page.reload();
  await appReady(page);
  await page.goto(`/pack/${PACK}`);
  await expect(page.locator(".practise")).toContainText("3 of 3 done");
});

test("persistent storage is asked for at the end of the first session, and settings say what it means", async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { persistAsked: number };
    w.persistAsked = 0;
    // What the browser granted lasts across page loads, as it would.
    Object.defineProperty(navigator, "storage", {
      configurable: true,
      value: {
        persist: async () => {
          w.persistAsked++;
          sessionStorage.setItem("kept", "yes");
          return true;
        },
        persisted: async () => sessionStorage.getItem("kept") === "yes",
      },
    });
  });
  await page.goto("/settings");
  await appReady(page);
  await expect(page.getByTestId("persist-status")).toContainText("may delete your progress");
  const asked = () => page.evaluate(() => (window as unknown as { persistAsked: number }).persistAsked);
  expect(await asked()).toBe(0);
  await page.goto(`/pack/${PACK}`);
  await appReady(page);
  await page.getByRole("link", { name: "Start practising" }).click();
  await answerCard(page);
  await answerCard(page);
  expect(await asked()).toBe(0);
  await answerCard(page);
  await expect(page.locator(".summary")).toBeVisible();
  await expect.poll(asked).toBe(1);
  await page.goto("/settings");
  await appReady(page);
  await expect(page.getByTestId("persist-status")).toContainText("has promised to keep your progress");
});

test("review settings are kept: how much to remember and new exercises a day", async ({ page }) => {
  await page.goto("/settings");
  await appReady(page);
  await expect(page.getByRole("radio", { name: "90 % – recommended" })).toBeChecked();
  await expect(page.getByLabel("New exercises a day (at most)")).toHaveValue("15");
  await page.getByRole("radio", { name: "95 % – more reviews" }).check();
  await page.getByLabel("New exercises a day (at most)").selectOption("5");
  await page.reload();
  await appReady(page);
  await expect(page.getByRole("radio", { name: "95 % – more reviews" })).toBeChecked();
  await expect(page.getByLabel("New exercises a day (at most)")).toHaveValue("5");
  expect(await stored(page, "bransjenorsk.v1.review")).toBe('{"retention":0.95,"new_per_day":5}');
  await audit(page);
});

test("progress set aside earlier is never replaced, and starting again makes no new copy", async ({ page }) => {
  const older = "older unreadable progress";
  const raw = "{\"schema\":2,\"items\":";
  await seed(page, { [QUARANTINE]: older, [KEY]: raw });
  await expect(page.getByTestId("set-aside-progress")).toContainText("set aside untouched");
  const kept = () =>
    page.evaluate(() =>
      Object.keys(localStorage)
        .filter((key) => key.includes("quarantine"))
        .sort()
        .map((key) => [key, localStorage.getItem(key)]),
    );
  const expected = [
    [QUARANTINE, older],
    [`${QUARANTINE}.${raw.length}`, raw],
  ];
  expect(await kept()).toEqual(expected);
  await page.reload();
  await appReady(page);
  expect(await kept()).toEqual(expected);
  expect(await stored(page)).toBe(raw);
});

test("after a week of practice, a learner whose browser may delete their progress is reminded of backups", async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "storage", {
      configurable: true,
      value: { persist: async () => false, persisted: async () => false },
    });
  });
  const progress = JSON.parse(fixture("v2.json"));
  for (let date = 1; date <= 7; date++) {
    progress.days[`2026-10-${String(date).padStart(2, "0")}`] = { answers: 3, new: 1, seconds: 60 };
  }
  await seed(page, { [KEY]: JSON.stringify(progress) });
  await page.goto("/");
  await appReady(page);
  const reminder = page.getByTestId("backup-reminder");
  await expect(reminder).toContainText("practised on seven days without downloading a backup");
  await audit(page);
  await reminder.getByRole("button", { name: "Remind me later" }).click();
  await expect(reminder).toHaveCount(0);
  const counted = Number(await stored(page, "bransjenorsk.v1.backup-day"));
  expect(counted).toBeGreaterThan(20_000);
  await page.reload();
  await appReady(page);
  await expect(reminder).toHaveCount(0);

  // Counted from long ago, it shows again; a backup answers it.
  await page.evaluate(() => localStorage.setItem("bransjenorsk.v1.backup-day", "20000"));
  await page.reload();
  await appReady(page);
  const backup = JSON.parse(await download(page, "Download a backup"));
  expect(backup.kind).toBe("bransjenorsk-backup");
  await expect(reminder).toHaveCount(0);
  expect(Number(await stored(page, "bransjenorsk.v1.backup-day"))).toBe(counted);
});
