import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { devices, type Page } from "@playwright/test";
import { test, expect, appReady, seriousViolations, smallTouchTargets } from "./fixtures";
import { scanQr } from "./qr";
import { ID, TOML, choose, file, knowEveryCard, myPacks, nextPlayback } from "./teacher";
import { zip } from "./zip";

// A teacher's pack, as it reaches a learner from outside the app.
const packs = resolve(import.meta.dirname, "../packs");
const RECORDING = readFileSync(`${packs}/valid/helse/lyd/handkle.ogg`);
const HOST = "http://127.0.0.1:8182";
const hosted = resolve(import.meta.dirname, "../../target/e2e-host");

/** The pack with a recording of its first word, as a zip. */
function zipped(toml = TOML) {
  const named = toml.replace(
    'gloss = { uk = "рушник", en = "towel" }',
    'gloss = { uk = "рушник", en = "towel" }\naudio = "lyd/handkle.ogg"',
  );
  return zip({ "morgenstell.toml": named, "lyd/handkle.ogg": RECORDING });
}

/** Version 1.1.0: the toothbrush card gone, a comb card new. */
const NEWER = TOML.replace('version = "1.0.0"', 'version = "1.1.0"').replace(
  /\[\[items\]\]\nid = "kort-03"[\s\S]*$/,
  '[[items]]\nid = "kort-04"\nkind = "flashcard"\nfront = "en kam"\nback = { uk = "гребінець", en = "comb" }\n',
);


/** Adds a pack from a file, opens it and knows every card of a first run. */
async function addAndPractise(page: Page, content: ReturnType<typeof file>) {
  await choose(page, "Pack file", content);
  await page.getByRole("button", { name: "Keep this pack" }).click();
  await page.getByRole("link", { name: "Open the pack" }).click();
  await appReady(page);
  await page.getByRole("link", { name: "Start practising" }).click();
  await knowEveryCard(page, "Show the meaning", "I know it");
}

test.describe("in Ukrainian, a teacher's zip from a file", () => {
  test.use({ locale: "uk-UA" });

  test("is checked, shown with its author, kept, practised with its recording, and still there after a reload", async ({ page }) => {
    await page.goto("/");
    await appReady(page);
    await page.getByRole("link", { name: "Додати набір" }).click();
    await expect(page).toHaveURL("/share.html#add");
    await appReady(page);
    await page.getByLabel("Файл набору").setInputFiles(file("morgenstell.zip", zipped()));
    const offer = page.getByTestId("add-offer");
    await expect(offer).toContainText("Ранковий догляд у відділенні 3");
    await expect(offer).toContainText("A1");
    await expect(offer.getByTestId("add-authors")).toHaveText("Автори: Kari Nordmann");
    await expect(offer.getByTestId("add-not-ours")).toHaveText(
      "Цей набір створили не редактори Bransjenorsk. Користуйтеся ним, якщо довіряєте людині, яка його надіслала.",
    );
    expect(await seriousViolations(page)).toEqual([]);
    expect(await smallTouchTargets(page)).toEqual([]);

    await page.getByRole("button", { name: "Зберегти набір" }).click();
    await expect(page.getByTestId("add-kept")).toContainText("Набір збережено на цьому пристрої.");
    await page.getByRole("link", { name: "Відкрити набір" }).click();
    await expect(page).toHaveURL(`/pack/${ID}`);
    await appReady(page);
    await expect(page.getByTestId("added-about")).toContainText("Автори: Kari Nordmann");

    // The recording comes from the device, not the network.
    const recording = page.locator(".vocab-item", { hasText: "et håndkle" }).getByRole("button").first();
    const played = nextPlayback(page);
    await recording.click();
    expect(await played).toBe("blob:");

    await page.getByRole("link", { name: "Почати вправи" }).click();
    await knowEveryCard(page, "Показати значення", "Знаю");
    const saved = JSON.parse((await page.evaluate(() => localStorage.getItem("bransjenorsk.v1.progress")))!);
    expect(Object.keys(saved.items).sort()).toEqual([`${ID}/kort-01`, `${ID}/kort-02`, `${ID}/kort-03`]);

    await page.goto("/");
    await appReady(page);
    await expect(myPacks(page)).toHaveCount(1);
    await expect(myPacks(page)).toContainText("Ранковий догляд у відділенні 3");
    await expect(page.locator(".sector-helse .card-meta")).toBeVisible();
    await myPacks(page).click();
    await expect(page.getByText("Виконано 3 з 3")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    // Among the sector's packs, it says who made it.
    await page.goto("/sector/helse");
    await appReady(page);
    const card = page.locator(".pack-card", { hasText: "Ранковий догляд у відділенні 3" });
    await expect(card.getByTestId("pack-by")).toHaveText("Автори: Kari Nordmann");
    // The backup says what it does not hold.
    await page.goto("/settings");
    await appReady(page);
    await expect(page.getByTestId("backup-no-packs")).toContainText("але не їхні записи й зображення");
  });
});

test.describe("a teacher's pack as a .toml", () => {
  test("a newer version keeps the progress on the items that remain; an older one is refused", async ({ page }) => {
    await addAndPractise(page, file("morgenstell.toml", TOML));

    await choose(page, "Pack file", file("morgenstell-1.1.toml", NEWER));
    await expect(page.getByTestId("add-offer")).toBeVisible();
    await expect(page.getByText("You have version 1.0.0 of this pack; this is version 1.1.0.")).toBeVisible();
    await page.getByRole("button", { name: "Update the pack" }).click();
    await expect(page.getByTestId("add-kept")).toHaveText("The pack is updated. Your progress is kept.");
    await page.getByRole("link", { name: "Open the pack" }).click();
    await appReady(page);
    await expect(page.getByText("2 of 3 done")).toBeVisible();

    await choose(page, "Pack file", file("morgenstell.toml", TOML));
    await expect(page.getByTestId("add-refused")).toContainText(
      "You already have a newer version of this pack (1.1.0); this one is 1.0.0.",
    );
    await expect(page.getByRole("button", { name: /Keep|Update/ })).toHaveCount(0);

    await choose(page, "Pack file", file("morgenstell-1.1.toml", NEWER));
    await expect(page.getByTestId("add-same")).toHaveText("You already have this version of the pack.");
  });

  test("removing it asks first, and keeps the progress unless asked not to", async ({ page }) => {
    await addAndPractise(page, file("morgenstell.toml", TOML));
    await page.goto(`/pack/${ID}`);
    await appReady(page);

    await page.getByTestId("added-about").getByRole("link", { name: "Remove this pack" }).click();
    await expect(page).toHaveURL("/share.html#my-packs");
    await appReady(page);
    const card = page.getByTestId("my-pack");
    await expect(card).toContainText("Morning care on ward 3");
    await expect(card).toContainText("Made by Kari Nordmann");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await smallTouchTargets(page)).toEqual([]);
    await card.getByRole("button", { name: /^Remove this pack\s*: Morning care on ward 3$/ }).click();
    const question = page.getByTestId("added-remove-question");
    await expect(question).toContainText("Your progress in it is kept");
    await question.getByRole("button", { name: "Cancel" }).click();
    await expect(question).toHaveCount(0);
    await card.getByRole("button", { name: /Remove this pack/ }).click();
    await page.getByRole("button", { name: "Remove the pack" }).click();
    await expect(page.getByTestId("added-removed")).toHaveText("The pack was removed.");
    await expect(page.getByTestId("my-pack")).toHaveCount(0);
    const kept = await page.evaluate(() => localStorage.getItem("bransjenorsk.v1.progress"));
    expect(Object.keys(JSON.parse(kept!).items)).toContain(`${ID}/kort-01`);
    await page.goto("/");
    await appReady(page);
    await expect(page.getByTestId("my-packs")).toHaveCount(0);
    await page.goto(`/pack/${ID}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");

    // Added again, the progress is there; removed with it, it is gone.
    await choose(page, "Pack file", file("morgenstell.toml", TOML));
    await page.getByRole("button", { name: "Keep this pack" }).click();
    await page.getByRole("link", { name: "Open the pack" }).click();
    await appReady(page);
    await expect(page.getByText("3 of 3 done")).toBeVisible();
    await page.goto("/share.html#my-packs");
    await appReady(page);
    await page.getByRole("button", { name: /Remove this pack/ }).click();
    await page.getByLabel("Also delete my progress in this pack").check();
    await page.getByRole("button", { name: "Remove the pack" }).click();
    await expect(page.getByTestId("added-removed")).toBeVisible();
    const left = await page.evaluate(() => localStorage.getItem("bransjenorsk.v1.progress"));
    expect(Object.keys(JSON.parse(left!).items).filter((key) => key.startsWith(ID))).toEqual([]);
  });
});

test.describe("packs that are not kept", () => {
  /** Nothing was kept: home lists no pack of the learner's own. */
  async function nothingKept(page: Page) {
    await page.goto("/");
    await appReady(page);
    await expect(page.getByTestId("my-packs")).toHaveCount(0);
  }

  test("a broken pack lists its problems, with their places", async ({ page }) => {
    await choose(page, "Pack file", file("morgenstell.toml", TOML.replace('kind = "flashcard"', 'kind = "flashcrad"')));
    const problems = page.getByTestId("add-problems");
    await expect(problems).toContainText("The pack has 1 problem, so it cannot be used. Ask the person who sent it to fix it:");
    await expect(problems.getByRole("listitem")).toContainText("Line 36, column 1");
    await nothingKept(page);
  });

  test("HTML and script in every text are refused, and shown only as text", async ({ page }) => {
    const evil = TOML.replace(/= "([^"]*)"/g, (whole, text, offset) =>
      /^(id|version|sector|level|kind|licence|pos)\b/.test(TOML.slice(TOML.lastIndexOf("\n", offset) + 1))
        ? whole
        : `= "${text}<script>alert(1)</script>"`,
    );
    await choose(page, "Pack file", file("evil.toml", evil));
    const problems = page.getByTestId("add-problems");
    await expect(problems).toBeVisible();
    expect(await problems.getByRole("listitem").count()).toBeGreaterThan(10);
    await expect(page.locator("main script")).toHaveCount(0);
    await nothingKept(page);
  });

  test("a pack with a bundled pack's id is refused", async ({ page }) => {
    const bundled = TOML.replace(`id = "${ID}"`, 'id = "helse-a1-hilse-beboer"');
    await choose(page, "Pack file", file("copy.toml", bundled));
    await expect(page.getByTestId("add-refused")).toContainText(
      "This pack has the same id as a pack that comes with Bransjenorsk (“helse-a1-hilse-beboer”)",
    );
    await nothingKept(page);
  });

  test("a file over the size limit is not read", async ({ page }) => {
    await choose(page, "Pack file", file("big.zip", Buffer.alloc(3 * 1024 * 1024)));
    await expect(page.getByTestId("add-stopped")).toContainText("The file is 3072 KB, more than the");
    await nothingKept(page);
  });

  test("a .toml that names a recording it does not bring is refused", async ({ page }) => {
    const named = TOML.replace(
      'gloss = { uk = "рушник", en = "towel" }',
      'gloss = { uk = "рушник", en = "towel" }\naudio = "lyd/handkle.ogg"',
    );
    await choose(page, "Pack file", file("morgenstell.toml", named));
    await expect(page.getByTestId("add-problems")).toContainText("lyd/handkle.ogg");
    await nothingKept(page);
  });

  test("storage that fills up while the pack is kept: a clear message, and nothing half-kept", async ({ page }) => {
    await page.goto("/");
    await appReady(page);
    const origin = new URL(page.url()).origin;
    const cdp = await page.context().newCDPSession(page);
    await choose(page, "Pack file", file("morgenstell.zip", zipped()));
    await expect(page.getByTestId("add-offer")).toBeVisible();
    await cdp.send("Storage.overrideQuotaForOrigin", { origin, quotaSize: 1 });
    await page.getByRole("button", { name: "Keep this pack" }).click();
    await expect(page.getByTestId("add-stopped")).toContainText("There is no room on this device for the pack.");
    await cdp.send("Storage.overrideQuotaForOrigin", { origin });
    await nothingKept(page);
    const stored = await page.evaluate(
      () =>
        new Promise<number>((done) => {
          const open = indexedDB.open("bransjenorsk");
          open.onsuccess = () => {
            const count = open.result.transaction("media").objectStore("media").count();
            count.onsuccess = () => done(count.result);
          };
        }),
    );
    expect(stored).toBe(0);
  });
});

test.describe("a pack on a teacher's web host", () => {
  test.use({ foreignOrigins: [HOST], expectedConsoleErrors: /CORS policy|Failed to load resource/ });
  test.beforeAll(() => {
    mkdirSync(hosted, { recursive: true });
    writeFileSync(`${hosted}/morgenstell.zip`, zipped());
  });

  test("is downloaded where the host allows it, and shown with where it comes from", async ({ page }) => {
    await page.goto(`/share.html#pack-at/${HOST}/cors/morgenstell.zip`);
    await appReady(page);
    const offer = page.getByTestId("add-offer");
    await expect(offer).toContainText("Morning care on ward 3");
    await expect(offer).toContainText("From 127.0.0.1:8182");
    await page.getByRole("button", { name: "Keep this pack" }).click();
    await page.getByRole("link", { name: "Open the pack" }).click();
    await appReady(page);
    await expect(page.getByTestId("added-about")).toContainText(`Downloaded from ${HOST}/cors/morgenstell.zip`);

    // The same pack from a file is another source: refused, not mixed up.
    await choose(page, "Pack file", file("morgenstell.zip", zipped(TOML.replace('"1.0.0"', '"1.0.1"'))));
    await expect(page.getByTestId("add-refused")).toContainText(
      "You already have a pack with this id from somewhere else (127.0.0.1:8182).",
    );
  });

  test("a host that does not allow it, or has no such file, is named in a clear message", async ({ page }) => {
    await page.goto(`/share.html#pack-at/${HOST}/plain/morgenstell.zip`);
    await appReady(page);
    await expect(page.getByTestId("add-stopped")).toContainText(
      "The pack could not be downloaded from 127.0.0.1:8182. You may be offline, the address may be wrong, or the site may not let the app read its files",
    );
    await page.goto(`/share.html#pack-at/${HOST}/cors/gone.zip`);
    await page.reload();
    await appReady(page);
    await expect(page.getByTestId("add-stopped")).toContainText(
      "127.0.0.1:8182 did not send the pack (error 404).",
    );
  });
});

test.describe("links a teacher makes on the Check page", () => {
  test.use({ foreignOrigins: [HOST] });
  test.beforeAll(() => {
    mkdirSync(hosted, { recursive: true });
    writeFileSync(`${hosted}/morgenstell.zip`, zipped());
  });

  test("a small pack travels inside a link and its QR code, and a pack on a host by its address", async ({
    page: teacher,
    browser,
    baseURL,
  }) => {
    test.slow();
    await teacher.goto("/share.html#check");
    await appReady(teacher);
    await teacher.getByLabel("Pack file").setInputFiles(file("morgenstell.toml", TOML));
    const give = teacher.getByTestId("check-give");
    await expect(give).toContainText("short enough to print as a QR code");
    const link = await give.getByTestId("link").inputValue();
    expect(link.startsWith(`${baseURL}/share.html#pack/`)).toBe(true);
    expect(link.length).toBeLessThanOrEqual(997);
    expect(await scanQr(teacher)).toBe(link);
    expect(await seriousViolations(teacher)).toEqual([]);
    expect(await smallTouchTargets(teacher)).toEqual([]);

    // Only https addresses (or this machine) make a link.
    const address = teacher.getByLabel("The pack’s address on a web host (https://…)");
    await address.fill("http://example.org/morgenstell.zip");
    await teacher.getByRole("button", { name: "Make a link" }).click();
    await expect(give.getByRole("alert")).toHaveText(
      "The link names a pack at an address the app does not download from: only secure addresses (https://) are allowed.",
    );
    await address.fill(`${HOST}/cors/morgenstell.zip`);
    await teacher.getByRole("button", { name: "Make a link" }).click();
    const atLink = await give.getByTestId("link").last().inputValue();
    expect(atLink).toBe(`${baseURL}/share.html#pack-at/${HOST}/cors/morgenstell.zip`);

    // A learner on another phone opens the link the QR code holds.
    const context = await browser.newContext({
      ...devices["Pixel 5"],
      viewport: { width: 360, height: 740 },
      locale: "uk-UA",
    });
    const learner = await context.newPage();
    await learner.goto(link);
    await appReady(learner);
    await expect(learner.getByTestId("add-offer")).toContainText("Ранковий догляд у відділенні 3");
    await learner.getByRole("button", { name: "Зберегти набір" }).click();
    await learner.getByRole("link", { name: "Відкрити набір" }).click();
    await appReady(learner);
    await learner.getByRole("link", { name: "Почати вправи" }).click();
    await knowEveryCard(learner, "Показати значення", "Знаю");
    await learner.goto("/");
    await appReady(learner);
    await expect(learner.getByTestId("my-packs")).toContainText("Ранковий догляд у відділенні 3");
    await context.close();
  });
});

test("an added pack's exercises come back in Today's review", async ({ page }) => {
  await addAndPractise(page, file("morgenstell.toml", TOML));

  // A month later, all three are due.
  await page.clock.setFixedTime(Date.now() + 30 * 24 * 3600 * 1000);
  await page.goto("/");
  await appReady(page);
  const today = page.getByRole("region", { name: "Today" });
  await expect(today.getByTestId("today-due")).toContainText("3 exercises are due for review.");
  await today.getByRole("link", { name: /review/i }).click();
  await expect(page.locator(".card-front")).toHaveText(/et håndkle|en såpe|en tannbørste/);
});

test("a pack file opened with the installed app is checked and offered at once", async ({ page }) => {
  // The launch queue of an installed app, as Chromium hands it the file
  // the learner opened with Bransjenorsk (the manifest's file_handlers).
  await page.addInitScript(() => {
    type Params = { files: { getFile(): Promise<File> }[] };
    const w = window as unknown as { open_with_app: (file: File) => void };
    let consumer: ((params: Params) => void) | null = null;
    const waiting: Params[] = [];
    // Chromium has a launch queue of its own, which only an installed
    // app's launch fills: this one stands in for it.
    Object.defineProperty(window, "launchQueue", {
      value: {
        setConsumer(take: (params: Params) => void) {
          consumer = take;
          for (const params of waiting.splice(0)) take(params);
        },
      },
    });
    w.open_with_app = (file) => {
      const params = { files: [{ getFile: async () => file }] };
      if (consumer) consumer(params);
      else waiting.push(params);
    };
  });
  const manifest = await (await page.request.get("/manifest.webmanifest")).json();
  expect(manifest.file_handlers).toEqual([
    { action: "./share.html#add", accept: { "application/zip": [".zip"], "application/toml": [".toml"] } },
  ]);
  await page.goto("/share.html#add");
  await appReady(page);
  await page.evaluate(
    (text) => (window as unknown as { open_with_app: (file: File) => void }).open_with_app(
      new File([text], "morgenstell.toml", { type: "application/toml" }),
    ),
    TOML,
  );
  await expect(page.getByTestId("add-offer")).toContainText("Morning care on ward 3");
  await page.getByRole("button", { name: "Keep this pack" }).click();
  await expect(page.getByTestId("add-kept")).toBeVisible();
});

test("a mentor's assignment brings a teacher's pack inside its link; the learner adds it there and reports", async ({
  page: mentor,
  browser,
}) => {
  test.slow();
  // The mentor adds the pack, then assigns two of its three cards.
  await choose(mentor, "Pack file", file("morgenstell.toml", TOML));
  await mentor.getByRole("button", { name: "Keep this pack" }).click();
  await expect(mentor.getByTestId("add-kept")).toBeVisible();
  await mentor.goto("/share.html#mentor");
  await appReady(mentor);
  await mentor.getByLabel("Your name, as the learners know you").fill("Ingrid Haugen");
  const chosen = mentor.locator("label.choice", { hasText: "Morning care on ward 3" });
  await expect(chosen).toContainText("added on this device");
  await chosen.locator("input").check();
  await mentor.getByRole("button", { name: /Choose exercises/ }).click();
  await mentor.getByLabel("en såpe").check();
  await mentor.getByLabel("en tannbørste").check();
  await mentor.getByRole("button", { name: "Make the link" }).click();
  const made = mentor.getByTestId("made");
  await expect(made).toContainText("either the pack itself is inside the link, or its address");
  await expect(made.getByTestId("not-in-link")).toHaveCount(0);
  const link = await made.getByTestId("link").inputValue();
  // Three words travel on paper: the QR code holds the pack too.
  expect(await scanQr(mentor)).toBe(link);

  // A learner without the pack adds it from the assignment, then accepts.
  const context = await browser.newContext({ ...devices["Pixel 5"], viewport: { width: 360, height: 740 } });
  const learner = await context.newPage();
  await learner.goto(link);
  await appReady(learner);
  const toAdd = learner.getByTestId("pack-to-add");
  await expect(toAdd).toContainText(ID);
  await expect(toAdd).toContainText("The pack is inside the link.");
  await expect(learner.getByRole("button", { name: "Accept the assignment" })).toHaveCount(0);
  await toAdd.getByRole("button", { name: "Add this pack" }).click();
  await expect(toAdd.getByTestId("add-offer")).toContainText("Made by Kari Nordmann");
  await expect(toAdd.getByTestId("add-not-ours")).toBeVisible();
  await toAdd.getByRole("button", { name: "Keep this pack" }).click();
  await expect(toAdd.getByTestId("add-kept")).toBeVisible();
  await expect(learner.getByTestId("assignment")).toContainText("Morning care on ward 3");
  expect(await seriousViolations(learner)).toEqual([]);
  expect(await smallTouchTargets(learner)).toEqual([]);
  await learner.getByRole("button", { name: "Accept the assignment" }).click();
  await learner.getByRole("link", { name: "Go to the home screen" }).click();
  await appReady(learner);
  await expect(myPacks(learner)).toHaveText([/^Morning care on ward 3/]);
  const assigned = learner.getByTestId("assigned");
  await assigned.getByRole("link", { name: "Start review" }).click();
  // The two assigned come first; the review then goes on to the third, new.
  await knowEveryCard(learner, "Show the meaning", "I know it", 3);
  await learner.goto("/");
  await appReady(learner);
  await expect(assigned).toContainText("2 of 2 practised");
  await assigned.getByRole("link", { name: "Send a report" }).click();
  await appReady(learner);
  await learner.getByLabel("Your name, as your mentor knows you").fill("Olena");
  await learner.getByRole("button", { name: "Make the report" }).click();
  await expect(learner.getByTestId("report").getByRole("listitem")).toContainText("2 of 2 practised · 100 % right");
  const report = await learner.getByTestId("link").inputValue();
  await context.close();

  await mentor.goto(report);
  await appReady(mentor);
  await expect(mentor.getByTestId("report")).toContainText("Olena");
  await expect(mentor.getByTestId("report")).toContainText("Morning care on ward 3");
});

test.describe("in Ukrainian, an assignment with teachers' packs", () => {
  test.use({ locale: "uk-UA", foreignOrigins: [HOST] });
  test.beforeAll(() => {
    mkdirSync(hosted, { recursive: true });
    writeFileSync(`${hosted}/morgenstell.zip`, zipped());
  });

  test("brings a pack on a web host by its address; one with recordings sent as a file must be added first", async ({
    page: mentor,
    browser,
  }) => {
    test.slow();
    const EVENING = TOML.replace(`id = "${ID}"`, 'id = "ks-kveldsstell"').replace(
      "Ранковий догляд у відділенні 3",
      "Вечірній догляд у відділенні 3",
    );
    await mentor.goto(`/share.html#pack-at/${HOST}/cors/morgenstell.zip`);
    await appReady(mentor);
    await mentor.getByRole("button", { name: "Зберегти набір" }).click();
    await expect(mentor.getByTestId("add-kept")).toBeVisible();
    await choose(mentor, "Файл набору", file("kveldsstell.zip", zipped(EVENING)));
    await mentor.getByRole("button", { name: "Зберегти набір" }).click();
    await expect(mentor.getByTestId("add-kept")).toBeVisible();

    await mentor.goto("/share.html#mentor");
    await appReady(mentor);
    await mentor.getByLabel("Ваше ім’я, під яким вас знають учасники").fill("Інгрід");
    for (const title of ["Ранковий догляд у відділенні 3", "Вечірній догляд у відділенні 3"]) {
      await mentor.locator("label.choice", { hasText: title }).locator("input").check();
    }
    await mentor.getByRole("button", { name: "Створити посилання" }).click();
    const made = mentor.getByTestId("made");
    await expect(made.getByTestId("not-in-link")).toHaveText(
      /^Посилання не може передати «Вечірній догляд у відділенні 3»: у наборі є аудіозаписи/,
    );
    const link = await made.getByTestId("link").inputValue();

    const context = await browser.newContext({
      ...devices["Pixel 5"],
      locale: "uk-UA",
      viewport: { width: 360, height: 740 },
    });
    const learner = await context.newPage();
    await learner.goto(link);
    await appReady(learner);
    // The pack the link cannot bring is named first.
    await expect(learner.getByTestId("link-problem")).toContainText("(ks-kveldsstell)");
    await choose(learner, "Файл набору", file("kveldsstell.zip", zipped(EVENING)));
    await learner.getByRole("button", { name: "Зберегти набір" }).click();
    await expect(learner.getByTestId("add-kept")).toBeVisible();
    // Then the one on the host is added from the assignment itself.
    await learner.goto(link);
    await appReady(learner);
    const toAdd = learner.getByTestId("pack-to-add");
    await expect(toAdd).toHaveCount(1);
    await expect(toAdd).toContainText(ID);
    await expect(toAdd).toContainText("Із сайту 127.0.0.1:8182");
    await toAdd.getByRole("button", { name: "Додати набір" }).click();
    await expect(toAdd.getByTestId("add-offer")).toContainText("Ранковий догляд у відділенні 3");
    await toAdd.getByRole("button", { name: "Зберегти набір" }).click();
    await expect(toAdd.getByTestId("add-kept")).toBeVisible();
    const packs = learner.getByTestId("assignment").getByRole("listitem");
    await expect(packs).toHaveText([/Ранковий догляд у відділенні 3/, /Вечірній догляд у відділенні 3/]);
    await learner.getByRole("button", { name: "Прийняти завдання" }).click();
    await expect(learner.getByTestId("accepted")).toBeVisible();
    // The pack from the host keeps where it came from.
    await learner.goto(`/pack/${ID}`);
    await appReady(learner);
    await expect(learner.getByTestId("added-about")).toContainText(`${HOST}/cors/morgenstell.zip`);
    await context.close();
  });
});

test("the backup carries added packs to another browser, checked again on the way in", async ({ page, browser }) => {
  test.slow();
  await addAndPractise(page, file("morgenstell.zip", zipped()));
  await page.goto("/settings");
  await appReady(page);
  await expect(page.getByTestId("backup-no-packs")).toContainText("but not their recordings and pictures");
  const [saved] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download a backup" }).click(),
  ]);
  const text = readFileSync((await saved.path())!, "utf8");
  const backup = JSON.parse(text);
  expect(backup.version).toBe(3);
  expect(backup.packs.map((p: { record: { entry: { id: string } } }) => p.record.entry.id)).toEqual([ID]);
  // A copy whose pack was changed to carry a script.
  const tampered = JSON.parse(text);
  tampered.packs[0].pack = tampered.packs[0].pack.replace("Morgenstell på avdeling 3", "<script>alert(1)</script>");

  const context = await browser.newContext({ ...devices["Pixel 5"], viewport: { width: 360, height: 740 } });
  const other = await context.newPage();
  const restore = async (content: string) => {
    await other.goto("/share.html#import");
    await appReady(other);
    await other.getByLabel("Choose a backup file").setInputFiles({
      name: "backup.json",
      mimeType: "application/json",
      buffer: Buffer.from(content),
    });
    await expect(other.getByTestId("import-preview")).toContainText(
      "One pack added from a teacher (without recordings and pictures: they are not in the backup)",
    );
    await other.getByRole("button", { name: "Import" }).click();
    return other.getByTestId("import-done");
  };
  const refused = await restore(JSON.stringify(tampered));
  await expect(refused).toContainText("One pack in the backup was left out: it did not pass the checker");
  await expect(refused).toContainText("Packs from the backup that were new or newer here: 0.");

  const done = await restore(text);
  await expect(done).toContainText("Packs from the backup that were new or newer here: 1.");
  await other.goto("/");
  await appReady(other);
  await expect(other.getByTestId("my-packs")).toContainText("Morning care on ward 3");
  await other.goto(`/pack/${ID}`);
  await appReady(other);
  await expect(other.getByText("3 of 3 done")).toBeVisible();
  await context.close();
});
