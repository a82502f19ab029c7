import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { test, expect, appReady, overflow, seriousViolations, smallTouchTargets } from "./fixtures";
import { TOML, file } from "./teacher";
import { PNG, newPack, slowChecker, unzipNames } from "./studio";
import { NB, UK, story } from "./studio-story";

const STORY = "imports a list, writes an exercise of every kind, fixes what the checker finds, and a learner practises the file";

test.describe("in Norwegian, a teacher in the studio", () => {
  test.use({ locale: "nb-NO" });

  test(STORY, async ({ page, browser }) => {
    test.setTimeout(180_000);
    await story(page, browser, NB);
  });
});

test.describe("in Ukrainian, a teacher in the studio", () => {
  test.use({ locale: "uk-UA" });

  test(STORY, async ({ page, browser }) => {
    test.setTimeout(180_000);
    await story(page, browser, UK);
  });

  test("edits a published pack, tries it as a learner, and finds the draft in the list", async ({ page }) => {
    // This teacher's browser refuses the microphone.
    await page.addInitScript(() => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException("refused", "NotAllowedError"));
    });
    await page.goto("/studio.html");
    await appReady(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Студія");
    await expect(page.getByTestId("drafts")).toContainText("Чернеток ще немає.");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await smallTouchTargets(page)).toEqual([]);
    await page.getByLabel("Файл набору", { exact: true }).setInputFiles(file("morgenstell.toml", TOML));
    await expect(page).toHaveURL(/#draft\//);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ранковий догляд у відділенні 3");
    // A published pack keeps its id; its next version is proposed.
    await expect(page.getByLabel("Ідентифікатор набору", { exact: true })).toHaveValue("ks-morgenstell");
    await expect(page.getByLabel("Версія", { exact: true })).toHaveValue("1.0.1");
    await expect(page.getByTestId("version-note")).toContainText("Опубліковано як 1.0.0. Пропонована наступна версія: 1.0.1");

    // A new card: what it lacks is said at it, in Ukrainian.
    await page.getByRole("button", { name: "Вправи", exact: true }).click();
    await page.getByLabel("Тип вправи", { exact: true }).selectOption({ label: "Картка" });
    await page.getByRole("button", { name: "Додати вправу" }).click();
    const form = page.locator("section.item-form");
    // What the card lacks is said under the field it is missing from.
    const front = form.locator(".field", { has: page.getByLabel("Норвезькою на лицьовому боці", { exact: true }) });
    // Said in the words of the form, not of the file («front» is empty).
    await expect(front.getByTestId("problems-here")).toHaveText("Поле порожнє. Напишіть тут текст.");
    const meaning = form.getByRole("group", { name: "Значення на звороті" });
    await expect(meaning.locator(".field", { has: page.getByLabel("Англійською", { exact: true }) }).getByTestId("problems-here")).toHaveText(
      "Напишіть тут текст: він потрібен на цьому рівні.",
    );
    await expect(page.getByTestId("preview-waits")).toHaveText("Виправте помилки в цій вправі, щоб побачити її так, як побачать учасники.");
    await form.getByLabel("Норвезькою на лицьовому боці", { exact: true }).fill("en kam");
    const back = form.getByRole("group", { name: "Значення на звороті" });
    await back.getByLabel("Українською", { exact: true }).fill("гребінець");
    await back.getByLabel("Англійською", { exact: true }).fill("comb");
    await expect(form.getByTestId("problems-here")).toHaveCount(0);
    await expect(page.getByTestId("preview").locator(".card-front")).toHaveText("en kam");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Про набір" }).click();
    await expect(page.getByTestId("version-note")).toContainText("Пропонована наступна версія: 1.1.0");
    await page.getByLabel("Версія", { exact: true }).fill("1.1.0");
    await expect(page.getByTestId("studio-ready")).toBeVisible();

    // Handed out: a link with its QR code, and tried in the practice app.
    await page.getByRole("button", { name: "Передати" }).click();
    await expect(page.getByTestId("qr")).toBeVisible();
    await expect(page.getByTestId("link")).toHaveValue(/share\.html#pack\//);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Додати до застосунку" }).click();
    const [app] = await Promise.all([
      page.waitForEvent("popup"),
      page.getByRole("link", { name: "Відкрити в застосунку" }).click(),
    ]);
    await appReady(app);
    await expect(app.getByRole("heading", { level: 1 })).toHaveText("Ранковий догляд у відділенні 3");
    await expect(app.getByText("4 вправи")).toBeVisible();
    await app.close();

    // No microphone: it says so, and a sound file does instead.
    await page.getByRole("button", { name: "Вправи", exact: true }).click();
    await page.getByRole("button", { name: /^4\. Картка/ }).click();
    const recording = page.locator("section.item-form").getByTestId("recording");
    await recording.getByRole("button", { name: "Записати", exact: true }).click();
    await expect(recording.getByRole("alert")).toHaveText(
      "Мікрофон заблоковано. Щоб записувати, дозвольте цьому сайту користуватися мікрофоном у налаштуваннях браузера або виберіть звуковий файл.",
    );
    await recording
      .getByLabel("Або виберіть звуковий файл (.ogg, .mp3, .m4a)", { exact: true })
      .setInputFiles(file("kam.ogg", readFileSync(resolve(import.meta.dirname, "../packs/valid/helse/lyd/handkle.ogg"))));
    await expect(recording.getByTestId("recording-size")).toHaveText("Запис: 3 КБ");
    // A picture: a sound file is refused as one; a PNG shows, in the preview too.
    const picture = page.locator("section.item-form").getByTestId("picture");
    const choosePicture = picture.getByLabel("Виберіть зображення", { exact: true });
    await choosePicture.setInputFiles(file("kam.ogg", readFileSync(resolve(import.meta.dirname, "../packs/valid/helse/lyd/handkle.ogg"))));
    await expect(picture.getByRole("alert")).toHaveText(
      "Цей файл не є зображенням, яке застосунок може показати (PNG, JPEG, WebP або SVG без скриптів).",
    );
    await choosePicture.setInputFiles(file("kam.png", Buffer.from(PNG, "base64")));
    await expect(picture.getByRole("img", { name: "Зображення до вправи" })).toHaveAttribute("src", /^blob:/);
    await expect(page.getByTestId("preview").locator("img.item-image")).toHaveAttribute("src", /^blob:/);
    expect(await overflow(page)).toBe(0);
    // This card is for B1 learners; the pack stays at its level.
    await page.locator("section.item-form summary").click();
    await page.getByLabel("Рівень цієї вправи", { exact: true }).selectOption("B1");
    await page.getByRole("button", { name: /^3\. / }).click();
    await page.getByRole("button", { name: /^4\. Картка/ }).click();
    await page.locator("section.item-form summary").click();
    await expect(page.getByLabel("Рівень цієї вправи", { exact: true })).toHaveValue("B1");
    await expect(page.getByTestId("studio-ready")).toBeVisible();
    // With a recording, the pack travels as a .zip, not inside a link.
    await page.getByRole("button", { name: "Передати" }).click();
    await expect(page.getByTestId("export-file")).toHaveText("Завантажити набір (.zip із записами)");
    await expect(page.getByText("Набір із записами чи зображеннями передають файлом .zip або через сайт")).toBeVisible();
    // The .zip holds the card's recording and picture.
    const [zipDownload] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-file").click()]);
    const names = unzipNames(readFileSync(await zipDownload.path()));
    expect(names.filter((name) => /^lyd\/.+\.ogg$/.test(name))).toHaveLength(1);
    expect(names.filter((name) => /^bilder\/.+\.png$/.test(name))).toHaveLength(1);

    // The draft in the list, with when it was saved; deleted when asked.
    await page.getByRole("link", { name: "Усі чернетки" }).click();
    const draft = page.getByTestId("draft");
    await expect(draft).toHaveCount(1);
    await expect(draft).toContainText("Ранковий догляд у відділенні 3");
    await expect(draft).toContainText("Збережено");
    await draft.getByRole("button", { name: /Видалити чернетку/ }).click();
    await draft.getByRole("button", { name: "Видалити", exact: true }).click();
    await expect(page.getByTestId("drafts")).toContainText("Чернеток ще немає.");
  });

  test("open in two tabs, a draft is never written over: the second tab keeps its text as a new draft", async ({ page, context }) => {
    await newPack(page, { sector: "Галузь", begin: "Почати" });
    const address = page.url();
    const title = page.getByRole("group", { name: "Назва" }).getByLabel("Норвезькою", { exact: true });
    await title.fill("Rommet");
    await expect(page.getByTestId("save-status")).toContainText("Збережено");

    const other = await context.newPage();
    await other.goto(address);
    await appReady(other);
    const otherTitle = other.getByRole("group", { name: "Назва" }).getByLabel("Норвезькою", { exact: true });
    await expect(otherTitle).toHaveValue("Rommet");
    await otherTitle.fill("Rommet og badet");
    await expect(other.getByTestId("save-status")).toContainText("Збережено");

    // The first tab has not seen that save: its next one is refused.
    await title.fill("Rommet og gangen");
    const conflict = page.getByTestId("save-conflict");
    await expect(conflict).toContainText("Цю чернетку змінено в іншій вкладці");
    expect(await seriousViolations(page)).toEqual([]);
    await conflict.getByRole("button", { name: "Зберегти мою версію як нову чернетку" }).click();
    await expect(page).not.toHaveURL(address);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rommet og gangen");

    // Both texts are kept, each in its own draft.
    await other.reload();
    await appReady(other);
    await expect(otherTitle).toHaveValue("Rommet og badet");
    await other.goto("/studio.html");
    await appReady(other);
    await expect(other.getByTestId("draft")).toHaveCount(2);
  });
});

test.describe("in English, a teacher in the studio", () => {
  test.use({ locale: "en-GB" });

  test("starts from a pack of the app, arranges its exercises, takes a deletion back and previews in English", async ({ page }) => {
    // This device has no microphone at all.
    await page.addInitScript(() => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException("none", "NotFoundError"));
    });
    const checker = await slowChecker(page);
    await page.goto("/studio.html");
    await appReady(page);
    const bundled = page.getByRole("region", { name: "Start from a pack in the app" });
    await bundled.getByLabel("Pack", { exact: true }).selectOption("renhold-a1-rom-og-flater");
    await bundled.getByRole("button", { name: "Begin" }).click();
    await expect(page).toHaveURL(/#draft\//);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rooms and surfaces");
    // A new pack of the teacher's own: not the app's id or version.
    await expect(page.getByLabel("Version", { exact: true })).toHaveValue("1.0.0");
    await expect(page.getByLabel("Pack id", { exact: true })).toHaveValue("a1-rom-og-flater");

    await page.getByRole("button", { name: "Exercises", exact: true }).click();
    const rows = page.getByTestId("item-row");
    await expect(rows).toHaveCount(30);
    await expect(rows.nth(9)).toContainText("10. Multiple choice");
    await expect(rows.nth(9)).toContainText("Hva vasker du på badet?");
    // A copy comes next to it and is the one edited.
    await page.getByRole("group", { name: "10. Multiple choice" }).getByRole("button", { name: "Duplicate" }).click();
    await expect(rows).toHaveCount(31);
    const form = page.locator("section.item-form");
    await expect(form.getByRole("heading", { level: 3 })).toHaveText("11. Multiple choice");
    await form.getByLabel("Question", { exact: true }).fill("Hva vasker du på toalettet?");
    // Moved up, the copy comes before the exercise it was made from.
    await page.getByRole("group", { name: "11. Multiple choice" }).getByRole("button", { name: "Move up" }).click();
    await expect(rows.nth(9)).toContainText("Hva vasker du på toalettet?");
    await expect(rows.nth(10)).toContainText("Hva vasker du på badet?");

    // Deleted with one tap, and taken back from the keyboard. This device
    // is slow: the checker's answers come late.
    await checker.answered();
    await checker.hold();
    const before = await checker.asked();
    await page.getByRole("group", { name: "10. Multiple choice" }).getByRole("button", { name: "Delete" }).click();
    await expect(rows).toHaveCount(30);
    await checker.askedAfter(before);
    await expect(page.getByRole("status").filter({ hasText: "was removed" })).toHaveText(/“10\. Multiple choice” was removed\./);
    const undo = page.getByRole("button", { name: "Undo" });
    await expect(undo).toBeFocused();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press("Enter");
    await expect(rows).toHaveCount(31);
    await expect(rows.nth(9)).toContainText("Hva vasker du på toalettet?");
    await expect(form.getByLabel("Question", { exact: true })).toHaveValue("Hva vasker du på toalettet?");
    await expect(undo).toHaveCount(0);

    // The preview in the support language chosen: English.
    await rows.nth(10).getByRole("button", { name: /^11\. Multiple choice/ }).click();
    const preview = page.getByTestId("preview");
    await preview.getByLabel("Learner's support language", { exact: true }).selectOption("en");
    await expect(preview.getByRole("heading", { level: 1 })).toHaveText("Choose the right answer.");
    await preview.getByRole("button", { name: /trappa/ }).click();
    await expect(preview.locator(".why-not")).toHaveText("There are no stairs (trappa) in a bathroom. In the bathroom you clean the mirror (speilet).");
    await expect(preview.locator(".why-not")).toHaveAttribute("lang", "en");
    // The late answers, about the pack without the exercise, then with it
    // again, leave the answer given in the preview as it is.
    await checker.release();
    await checker.answered();
    await expect(preview.locator(".why-not")).toBeVisible();
    // Another exercise deleted: the pack is checked again, and the answer
    // stays.
    const asked = await checker.asked();
    await page.getByRole("group", { name: "31. Dialogue" }).getByRole("button", { name: "Delete" }).click();
    await expect(rows).toHaveCount(30);
    await checker.askedAfter(asked);
    await checker.answered();
    await expect(preview.locator(".why-not")).toBeVisible();

    // No microphone: said, and a sound file is offered instead.
    await form.getByTestId("recording").getByRole("button", { name: "Record", exact: true }).click();
    await expect(form.getByTestId("recording").getByRole("alert")).toHaveText("This device cannot record sound. Choose a sound file instead.");

    // A word deleted comes back where it was, with all it had.
    await page.getByRole("button", { name: "Words", exact: true }).click();
    const words = page.getByTestId("word-row");
    const count = await words.count();
    await words.first().getByRole("button", { name: "Remove this word" }).click();
    await expect(words).toHaveCount(count - 1);
    await expect(page.getByRole("status").filter({ hasText: "was removed" })).toHaveText(/“et kontor” was removed\./);
    // The phone's screen holds the list, however long its words and files.
    expect(await overflow(page)).toBe(0);
    await page.getByRole("button", { name: "Undo" }).click();
    await expect(words).toHaveCount(count);
    await expect(page.locator("#word-0-lemma")).toBeFocused();
    await expect(page.locator("#word-0-lemma")).toHaveValue("et kontor");
    await expect(page.locator("#word-0-forms")).toHaveValue("kontoret, kontorer, kontorene");

    // Handed out straight after a change on this slow device: the file
    // waits for the change to be checked, and holds it.
    await checker.answered();
    await checker.hold();
    await page.locator("#word-0-gloss-en").fill("an office room");
    await page.getByRole("button", { name: "Hand out", exact: true }).click();
    await expect(page.getByTestId("hand-out-checking")).toHaveText("Checking the file…");
    await expect(page.getByTestId("export-file")).toHaveCount(0);
    await checker.release();
    const [handedOut] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-file").click()]);
    expect(handedOut.suggestedFilename()).toBe("a1-rom-og-flater.toml");
    expect(readFileSync(await handedOut.path(), "utf8")).toContain('"an office room"');
  });
});

test.describe("in Norwegian, with the checker not downloaded yet", () => {
  test.use({ locale: "nb-NO", serviceWorkers: "block" });

  test("a teacher is told the draft cannot be checked, nothing goes out, and it is checked once asked again online", async ({ page }) => {
    await page.context().route("**/check-worker*", (route) => route.abort("internetdisconnected"));
    await newPack(page, { sector: "Bransje", begin: "Begynn" });
    const failed = page.getByTestId("check-failed");
    await expect(failed).toHaveRole("alert");
    await expect(failed).toContainText("Programmet som sjekker pakker, kunne ikke startes.");
    await expect(page.getByTestId("studio-problems")).toHaveText("");
    await page.getByRole("button", { name: "Del ut", exact: true }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Del ut" })).toBeVisible();
    await expect(page.getByTestId("export-file")).toHaveCount(0);
    await expect(page.getByTestId("hand-out-checking")).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);

    // Online again: checked when the teacher asks.
    await page.context().unroute("**/check-worker*");
    await failed.getByRole("button", { name: "Prøv igjen" }).click();
    await expect(failed).toHaveCount(0);
    await expect(page.getByTestId("studio-problems").locator("summary")).toHaveText(/^\d+ feil$/);
    await expect(page.getByTestId("hand-out-blocked")).toBeVisible();
  });
});

test.describe("on a laptop, a teacher in the studio", () => {
  test.use({ locale: "nb-NO", viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false });

  test("fills the word list from the keyboard, a row of fields per word", async ({ page }) => {
    await newPack(page, { sector: "Bransje", begin: "Begynn" });
    await page.getByRole("button", { name: "Ord", exact: true }).click();
    await page.getByRole("button", { name: "Legg til et ord" }).click();
    await expect(page.locator("#word-0-lemma")).toBeFocused();
    // Tab through one word's fields, Enter to the next word.
    await page.keyboard.type("en klut");
    await page.keyboard.press("Tab");
    await page.keyboard.type("kluten, kluter, klutene");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.type("ганчірка");
    await page.keyboard.press("Tab");
    await page.keyboard.type("cloth");
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("word-row")).toHaveCount(2);
    await expect(page.locator("#word-1-lemma")).toBeFocused();
    await page.keyboard.type("å tørke");
    await page.keyboard.press("Enter");
    await expect(page.locator("#word-2-lemma")).toBeFocused();
    // Enter in a word above goes down to the next, adding none.
    await page.locator("#word-0-gloss-en").press("Enter");
    await expect(page.locator("#word-1-lemma")).toBeFocused();
    await expect(page.getByTestId("word-row")).toHaveCount(3);

    const first = page.getByTestId("word-row").first();
    await expect(first.getByLabel("Ordklasse", { exact: true })).toHaveValue("studio-pos-noun");
    await expect(first.getByLabel("Betydning på ukrainsk", { exact: true })).toHaveValue("ганчірка");
    await expect(first.getByLabel("Betydning på engelsk", { exact: true })).toHaveValue("cloth");
    await expect(page.getByTestId("word-row").nth(1).getByLabel("Ordklasse", { exact: true })).toHaveValue("studio-pos-verb");
    // On a laptop the word, its forms and its part of speech stand in one row.
    const tops = await Promise.all(["lemma", "forms", "pos"].map(async (name) => (await page.locator(`#word-0-${name}`).boundingBox())!.y));
    expect(new Set(tops).size).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test("Help and mentor mode lead to the studio, which a learner never downloads", async ({ page, request }) => {
  const asked: string[] = [];
  page.on("request", (r) => asked.push(new URL(r.url()).pathname));
  await page.goto("/about");
  await appReady(page);
  expect(asked.filter((path) => path.includes("studio"))).toEqual([]);
  await page.getByRole("link", { name: "Studio" }).click();
  await expect(page).toHaveURL("/studio.html");
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Studio");

  await page.goto("/share.html#mentor");
  await appReady(page);
  await page.getByRole("link", { name: "Studio" }).click();
  await expect(page).toHaveURL("/studio.html");
  await appReady(page);

  // The service worker keeps the studio only once it is opened.
  const worker = await (await request.get("/sw.js")).text();
  const list = (name: string) => JSON.parse(worker.match(new RegExp(`const ${name} = (\\[.*?\\]);`))![1]) as [string, string][];
  expect(list("SHELL").filter(([path]) => path.startsWith("studio"))).toEqual([]);
  expect(list("ON_USE").map(([path]) => path)).toEqual(expect.arrayContaining(["studio.html", "studio.js", "studio_bg.wasm", "studio.css"]));
});
