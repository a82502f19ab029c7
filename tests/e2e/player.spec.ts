import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { test, expect, appReady, seriousViolations, smallTouchTargets } from "./fixtures";

// The player's packs, written as TOML in tests/e2e/packs and exported to
// the JSON the app downloads by `packcheck --export` (see the Makefile).
const exported = new URL("../../target/e2e-packs/", import.meta.url);
const packJson = (file: string) => readFileSync(new URL(file, exported), "utf8");

/** How many items a bundled pack has, as the built catalog says. */
function bundledItemCount(id: string): number {
  const catalog = JSON.parse(readFileSync(new URL("../../dist/exercises/catalog.json", import.meta.url), "utf8"));
  return catalog.packs.find((pack: { id: string }) => pack.id === id).item_count;
}

/** The bundled pack whose file the tests replace with their own. */
const PACK = "helse-a1-hilse-beboer";
const PACK_PATH = "**/exercises/helse/a1-hilse-beboer.json";

async function serve(page: Page, json: string) {
  await page.route(PACK_PATH, (route) => route.fulfill({ contentType: "application/json", body: json }));
  // Pictures lie beside the pack, as the build exports them.
  await page.route("**/exercises/helse/img/*", (route) =>
    route.fulfill({ path: new URL(`helse/img/${route.request().url().split("/").pop()}`, exported).pathname }),
  );
}

async function startPractice(page: Page, start: RegExp) {
  await page.goto(`/pack/${PACK}`);
  await appReady(page);
  await page.getByRole("link", { name: start }).click();
  await expect(page).toHaveURL(`/pack/${PACK}/practice`);
}

const heading = (page: Page) => page.locator("#item-heading");
const sheet = (page: Page) => page.locator(".feedback");

/** Clicks the pairs of a match item: each Norwegian word, then its emoji. */
async function matchAll(page: Page, pairs: [string, string][]) {
  for (const [left, right] of pairs) {
    await page.getByRole("button", { name: left, exact: true }).click();
    await page.getByRole("button", { name: right, exact: true }).click();
  }
}

const PAIRS: [string, string][] = [
  ["et håndkle", "🧺"],
  ["en tannbørste", "🪥"],
  ["en kam", "💇"],
];

const languages = [
  {
    locale: "uk-UA",
    t: {
      start: /Почати вправи/,
      continue: "Далі",
      culture: "Корисно знати",
      cultureText: "мешканці самі вирішують",
      flashcard: "Чи знаєте ви, що це означає?",
      turn: "Показати значення",
      meaning: "рушник",
      know: "Знаю",
      right: "Правильно!",
      almost: "Майже правильно.",
      wrong: "Не зовсім.",
      answerIs: "Відповідь:",
      why: "Рушник — «et håndkle».",
      whyNot: "Гребінцем розчісують волосся.",
      letters: "Зверніть увагу на літери æ, ø і å.",
      answer: "Ваша відповідь",
      check: "Перевірити",
      dialogueWhy: "Карі хоче знати, як усе пройшло.",
      compare: "Порівняти зі зразком",
      checkItem: "Хто і в якій кімнаті",
      summary: "Заняття завершено",
      score: "Правильно з першої спроби: 5 з 9.",
      review: "Варто повторити",
      progress: "Виконано 10 з 10",
      back: "Назад до набору",
    },
  },
  {
    locale: "en-GB",
    t: {
      start: /Start practising/,
      continue: "Continue",
      culture: "Good to know",
      cultureText: "residents decide what they need help with",
      flashcard: "Do you know what this means?",
      turn: "Show the meaning",
      meaning: "towel",
      know: "I know it",
      right: "Correct!",
      almost: "Almost right.",
      wrong: "Not quite.",
      answerIs: "The answer:",
      why: "A towel is «et håndkle».",
      whyNot: "A comb is for your hair.",
      letters: "Look at the letters æ, ø and å.",
      answer: "Your answer",
      check: "Check",
      dialogueWhy: "Kari wants to know how it went.",
      compare: "Compare with a model answer",
      checkItem: "Who, and which room",
      summary: "Session complete",
      score: "Right on the first try: 5 of 9.",
      review: "Worth another look",
      progress: "10 of 10 done",
      back: "Back to the pack",
    },
  },
];

for (const { locale, t } of languages) {
  test.describe(`a learner in ${locale} practises a pack`, () => {
    test.use({ locale });

    test("plays every kind, right and wrong, to the summary", async ({ page }) => {
      await serve(page, packJson("helse/a1-player.json"));
      await startPractice(page, t.start);
      await expect(page.getByRole("note")).toHaveCount(0);
      const next = () => sheet(page).getByRole("button", { name: t.continue }).click();

      // A culture note: read, then go on.
      await expect(page.locator(".culture")).toContainText(t.cultureText);
      await expect(heading(page)).toHaveText(t.culture);
      await page.getByRole("button", { name: t.continue }).click();

      // A flashcard: turn it, then rate yourself.
      await expect(heading(page)).toHaveText(t.flashcard);
      await expect(page.locator(".card-front")).toHaveText("et håndkle");
      await page.getByRole("button", { name: t.turn }).click();
      await expect(page.locator(".card-back")).toHaveText(t.meaning);
      await page.getByRole("button", { name: t.know, exact: true }).click();

      // Multiple choice with a picture, answered wrong: the answer, why the
      // option chosen is wrong, and why the answer is right.
      await expect(page.locator(".prompt")).toContainText("Hva tørker beboeren seg med?");
      const picture = page.locator(".item-image");
      await expect(picture).toHaveAttribute("src", "exercises/helse/img/handkle.svg");
      await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
      await page.getByRole("button", { name: "en kam" }).click();
      await expect(sheet(page)).toContainText(t.wrong);
      await expect(sheet(page)).toContainText(`${t.answerIs} et håndkle`);
      await expect(sheet(page)).toContainText(t.why);
      await expect(sheet(page).locator(".why-not")).toHaveText(t.whyNot);
      await expect(sheet(page).locator(".why-not")).toHaveAttribute("lang", locale.slice(0, 2));
      await expect(page.getByRole("button", { name: "en kam" })).toHaveClass(/wrong/);
      await expect(page.getByRole("button", { name: "et håndkle" })).toHaveClass(/right/);
      await next();

      // A gap with options, answered right: the sentence is filled in.
      await expect(page.locator(".prompt")).toContainText("beboeren med morgenstellet");
      await page.getByRole("button", { name: "hjelper", exact: true }).click();
      await expect(sheet(page)).toContainText(t.right);
      await expect(page.locator(".blank")).toHaveText("hjelper");
      await next();

      // A cloze typed without å: almost, with the letter marked.
      await page.getByLabel(t.answer).fill("handkle");
      await page.getByRole("button", { name: t.check }).click();
      await expect(sheet(page)).toContainText(t.almost);
      await expect(sheet(page)).toContainText(t.letters);
      await expect(sheet(page).locator("mark")).toHaveText("å");
      await next();

      // The wrong choice comes back after two others, and is right now.
      await expect(page.locator(".prompt")).toContainText("Hva tørker beboeren seg med?");
      await page.getByRole("button", { name: "et håndkle" }).click();
      await expect(sheet(page)).toContainText(t.right);
      await next();

      // Translate into Norwegian: an accepted alternative counts.
      await page.getByLabel(t.answer).fill("god morgen! har du sovet godt");
      await page.getByRole("button", { name: t.check }).click();
      await expect(sheet(page)).toContainText(t.right);
      await next();

      // Word order: tap a tile back out, then build the sentence in
      // another order the pack accepts.
      for (const tile of ["jobber", "jeg"]) await page.locator(".tiles:not(.built)").getByRole("button", { name: tile, exact: true }).click();
      await page.locator(".built").getByRole("button", { name: "jobber" }).click();
      for (const tile of ["jobber", "kveld", "I dag"]) await page.locator(".tiles:not(.built)").getByRole("button", { name: tile, exact: true }).click();
      await expect(page.locator(".built .tile")).toHaveText(["jeg", "jobber", "kveld", "I dag"]);
      await page.getByRole("button", { name: t.check }).click();
      await expect(sheet(page)).toContainText(t.right);
      await next();

      // Matching pairs, Norwegian with emoji.
      await matchAll(page, PAIRS);
      await expect(page.locator(".tile.matched")).toHaveCount(6);
      await expect(sheet(page)).toContainText(t.right);
      await next();

      // A dialogue: a wrong reply says why; then the right one; then type.
      await expect(page.locator(".bubble").first()).toContainText("Hvordan gikk stellet med beboeren?");
      await page.getByRole("button", { name: "Ja.", exact: true }).click();
      await expect(page.locator(".why")).toContainText(t.dialogueWhy);
      await page.getByRole("button", { name: "Bra, men han spiste lite til frokost." }).click();
      await expect(page.locator(".bubble.mine").first()).toContainText("Bra, men han spiste lite");
      await expect(page.locator(".bubble").nth(2)).toContainText("Hva trenger han nå?");
      // The keyboard moves on to the learner's next turn.
      await expect(page.getByLabel(t.answer)).toBeFocused();
      await page.getByLabel(t.answer).fill("Han trenger et håndkle");
      await page.getByRole("button", { name: t.check }).click();
      await expect(page.locator(".bubble.mine").nth(1)).toContainText("Han trenger et håndkle");
      await expect(sheet(page)).toContainText(t.almost);
      await next();

      // A message: write, compare with the model, tick the checklist.
      await page.locator("#message-text").fill("Hei! Beboeren på rom 4 har feber.");
      await page.getByRole("button", { name: t.compare }).click();
      await expect(page.locator(".model-text")).toContainText("Beboeren på rom 4 har feber, 38,5.");
      await page.getByLabel(t.checkItem).check();
      await page.getByRole("button", { name: t.continue }).click();

      // The summary: first attempts, and what to look at again.
      await expect(heading(page)).toHaveText(t.summary);
      await expect(page.locator(".summary")).toContainText(t.score);
      await expect(page.getByRole("heading", { name: t.review })).toBeVisible();
      const review = page.locator(".review-list li");
      await expect(review).toHaveCount(4);
      await expect(review.first()).toHaveText("Hva tørker beboeren seg med?");
      await expect(review.first()).toHaveAttribute("lang", "nb");

      // Progress was saved along the way.
      await page.getByRole("link", { name: t.back }).click();
      await expect(page.locator(".practise")).toContainText(t.progress);
      await page.reload();
      await appReady(page);
      await expect(page.locator(".practise")).toContainText(t.progress);
    });
  });
}

test.describe("in English", () => {
  test.use({ locale: "en-GB" });

  test.beforeEach(async ({ page }) => {
    await serve(page, packJson("helse/a1-player.json"));
  });

  test("the keyboard works: Enter goes on, numbers choose", async ({ page }) => {
    await startPractice(page, /Start practising/);
    await expect(page.locator(".culture")).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.locator(".card-front")).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.locator(".card-back")).toBeVisible();
    await page.keyboard.press("3");
    // Choose the right option by its number, wherever the mix put it.
    const right = page.getByRole("button", { name: "et håndkle" });
    const key = await right.getAttribute("data-option");
    await page.keyboard.press(key!);
    await expect(sheet(page)).toContainText("Correct!");
    await page.keyboard.press("Enter");
    await expect(page.locator(".prompt")).toContainText("morgenstellet");
    const gapKey = await page.getByRole("button", { name: "hjelper", exact: true }).getAttribute("data-option");
    await page.keyboard.press(gapKey!);
    await page.keyboard.press("Enter");
    // Typing: Enter submits the answer, then goes on.
    await page.getByLabel("Your answer").fill("håndkle");
    await page.getByLabel("Your answer").press("Enter");
    await expect(sheet(page)).toContainText("Correct!");
    await expect(sheet(page).getByRole("button", { name: "Continue" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByLabel("Your answer")).toHaveValue("");
    await expect(page.locator(".prompt.source")).toContainText("Good morning!");
  });

  test("æ ø å buttons type where the cursor is", async ({ page }) => {
    await startPractice(page, /Start practising/);
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    await page.keyboard.press("3");
    await page.getByRole("button", { name: "et håndkle" }).click();
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "hjelper", exact: true }).click();
    await page.keyboard.press("Enter");
    const field = page.getByLabel("Your answer");
    await field.fill("hndkle");
    await field.press("Home");
    await field.press("ArrowRight");
    await page.locator(".letters").getByRole("button", { name: "å" }).click();
    await expect(field).toHaveValue("håndkle");
    await expect(field).toBeFocused();
    await page.getByRole("button", { name: "Check" }).click();
    await expect(sheet(page)).toContainText("Correct!");
  });

  test("a typo in a longer word is almost right, with the letter marked", async ({ page }) => {
    await startPractice(page, /Start practising/);
    for (const key of ["Enter", "Enter", "3"]) await page.keyboard.press(key);
    await page.getByRole("button", { name: "et håndkle" }).click();
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "hjelper", exact: true }).click();
    await page.keyboard.press("Enter");
    await page.getByLabel("Your answer").fill("håndkel");
    await page.getByRole("button", { name: "Check" }).click();
    await expect(sheet(page)).toContainText("Almost right.");
    await expect(sheet(page)).toContainText("Check the spelling: one letter is wrong.");
    await expect(sheet(page).locator("mark")).toHaveText("le");
    await expect(sheet(page).locator("strong")).toHaveAttribute("lang", "nb");
  });

  test("leaving in the middle keeps what was done", async ({ page }) => {
    await startPractice(page, /Start practising/);
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    await page.keyboard.press("3");
    await expect(page.locator(".prompt")).toContainText("Hva tørker");
    await page.getByRole("link", { name: "End practice" }).click();
    await expect(page).toHaveURL(`/pack/${PACK}`);
    await expect(page.locator(".practise")).toContainText("10 exercises · 2 of 10 done");
    await page.reload();
    await appReady(page);
    await expect(page.locator(".practise")).toContainText("2 of 10 done");
    // The next session starts with what is not done yet.
    await page.getByRole("link", { name: "Start practising" }).click();
    await expect(heading(page)).toHaveText("Choose the right answer.");
  });

  test("an answer is saved before its feedback is closed", async ({ page }) => {
    await startPractice(page, /Start practising/);
    for (const key of ["Enter", "Enter", "3"]) await page.keyboard.press(key);
    await page.getByRole("button", { name: "et håndkle" }).click();
    await expect(sheet(page)).toBeVisible();
    // The page goes away before Continue, as when a phone closes the tab.
    await page.goto(`/pack/${PACK}`);
    await appReady(page);
    await expect(page.locator(".practise")).toContainText("3 of 10 done");
  });

  test("feedback appears without moving the exercise, within thumb reach", async ({ page }) => {
    // The item's picture arrives late, as on a slow connection: it must not
    // push the question down either.
    await page.route("**/exercises/helse/img/*", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.fulfill({ path: new URL(`helse/img/${route.request().url().split("/").pop()}`, exported).pathname });
    });
    await startPractice(page, /Start practising/);
    for (const key of ["Enter", "Enter", "3"]) await page.keyboard.press(key);
    const prompt = page.locator(".prompt");
    const before = await prompt.boundingBox();
    await expect(page.locator(".item-image")).toHaveJSProperty("complete", true);
    await page.getByRole("button", { name: "en kam" }).click();
    await expect(sheet(page)).toBeVisible();
    expect(await prompt.boundingBox()).toEqual(before);
    const button = await sheet(page).getByRole("button", { name: "Continue" }).boundingBox();
    expect(button!.y + button!.height).toBeLessThanOrEqual(740);
    expect(button!.height).toBeGreaterThanOrEqual(44);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
  });

  test("every player screen is accessible and easy to tap", async ({ page }) => {
    // Eleven axe scans take their time on a busy machine.
    test.setTimeout(90_000);
    await startPractice(page, /Start practising/);
    const screens: string[] = [];
    const audit = async (name: string) => {
      screens.push(name);
      expect(await seriousViolations(page), name).toEqual([]);
      expect(await smallTouchTargets(page), name).toEqual([]);
    };
    await audit("culture");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    await audit("flashcard");
    await page.keyboard.press("3");
    await audit("choice");
    await page.getByRole("button", { name: "en kam" }).click();
    await audit("feedback");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "hjelper", exact: true }).click();
    await page.keyboard.press("Enter");
    await audit("cloze");
    await page.getByRole("button", { name: "I don't know" }).click();
    await expect(sheet(page)).toContainText("The answer: håndkle");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "et håndkle" }).click();
    await page.keyboard.press("Enter");
    await page.getByLabel("Your answer").fill("God morgen");
    await page.keyboard.press("Enter");
    await expect(sheet(page)).toContainText("Not quite.");
    await page.keyboard.press("Enter");
    // Wrong items come back after two others: first the cloze.
    await page.getByLabel("Your answer").fill("håndkle");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    await audit("order");
    const tiles = page.locator(".tiles:not(.built)");
    await tiles.getByRole("button", { name: "jeg", exact: true }).click();
    await page.getByRole("button", { name: "Check" }).click();
    await expect(page.locator(".built .tile.wrong")).toHaveText("jeg");
    await page.keyboard.press("Enter");
    await expect(page.locator(".prompt.source")).toContainText("Good morning!");
    await page.getByLabel("Your answer").fill("God morgen! Hvordan har du sovet?");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    await audit("match");
    await page.getByRole("button", { name: "et håndkle", exact: true }).click();
    await page.getByRole("button", { name: "💇", exact: true }).click();
    await expect(page.locator(".tile.wrong")).toHaveCount(2);
    await matchAll(page, PAIRS);
    await expect(sheet(page)).toContainText("Almost right.");
    await page.keyboard.press("Enter");
    for (const tile of ["I dag", "jobber", "jeg", "kveld"]) await tiles.getByRole("button", { name: tile, exact: true }).click();
    await page.getByRole("button", { name: "Check" }).click();
    await expect(sheet(page)).toContainText("Correct!");
    await page.keyboard.press("Enter");
    await audit("dialogue");
    await page.getByRole("button", { name: "Bra, men han spiste lite til frokost." }).click();
    // Stuck at a typed turn: the conversation goes on with the right line.
    await page.getByRole("button", { name: "I don't know" }).click();
    await expect(page.locator(".bubble.mine").nth(1)).toContainText("Han trenger et håndkle.Not quite.");
    await expect(sheet(page)).toContainText("Almost right.");
    await page.keyboard.press("Enter");
    await audit("message");
    await page.locator("#message-text").fill("Hei");
    await page.getByRole("button", { name: "Compare with a model answer" }).click();
    await audit("model answer");
    await page.getByRole("button", { name: "Continue" }).click();
    await audit("summary");
    expect(screens).toHaveLength(11);
  });

  test("an exercise this version cannot play is left out with a message", async ({ page }) => {
    const pack = JSON.parse(packJson("helse/a1-player.json"));
    pack.items[1].kind = "video";
    await page.unroute(PACK_PATH);
    await serve(page, JSON.stringify(pack));
    await startPractice(page, /Start practising/);
    await expect(page.getByRole("note")).toHaveText(
      "One exercise in this pack cannot be shown by this version of the app yet, so it is left out.",
    );
    await page.keyboard.press("Enter");
    // The flashcard (now "video") is skipped: the choice comes next.
    await expect(page.locator(".prompt")).toContainText("Hva tørker beboeren seg med?");
    await expect(page.getByRole("note")).toHaveCount(0);
    await expect(page.locator(".player-count")).toHaveText("1 / 9");
  });

  test("a tapped word shows its meaning at A1", async ({ page }) => {
    await startPractice(page, /Start practising/);
    for (const key of ["Enter", "Enter", "3"]) await page.keyboard.press(key);
    const word = page.locator(".prompt").getByRole("button", { name: "beboeren" });
    await word.click();
    await expect(word).toHaveAttribute("aria-expanded", "true");
    await expect(page.locator(".gloss")).toHaveText("en beboer — resident");
    await expect(page.locator(".gloss [lang=en]")).toHaveText("resident");
    await word.click();
    await expect(page.locator(".gloss")).toHaveText("");
  });
});

test.describe("help fades as the level rises", () => {
  test.use({ locale: "uk-UA" });

  test("B1: Norwegian instructions, a translation on request, no glosses", async ({ page }) => {
    await serve(page, packJson("helse/b1-player.json"));
    await startPractice(page, /Почати вправи/);
    await expect(heading(page)).toHaveText("Velg riktig svar.");
    await expect(heading(page)).toHaveAttribute("lang", "nb");
    await expect(page.locator(".word")).toHaveCount(0);
    const translate = page.getByRole("button", { name: "Показати переклад" }).first();
    await translate.click();
    await expect(page.locator(".translation p[lang=uk]").first()).toHaveText("Виберіть правильну відповідь.");
    await page.getByRole("button", { name: "Sengen er skitten." }).click();
    await expect(sheet(page)).toContainText("Ikke helt.");
    await expect(sheet(page).locator(".why-not")).toHaveText("En skitten seng ordner du selv; et avvik er noe som kan skade noen.");
    await expect(sheet(page).locator(".why-not")).toHaveAttribute("lang", "nb");
    await expect(sheet(page).locator("p[lang=nb]").last()).toHaveText("Skriv hva som skjedde, og når det skjedde.");
  });

  test("B2: Norwegian only", async ({ page }) => {
    const pack = JSON.parse(packJson("helse/b1-player.json"));
    pack.pack.level = "B2";
    await serve(page, JSON.stringify(pack));
    await startPractice(page, /Почати вправи/);
    await expect(heading(page)).toHaveText("Velg riktig svar.");
    await expect(page.getByRole("button", { name: "Показати переклад" })).toHaveCount(0);
    await expect(page.locator(".word")).toHaveCount(0);
  });

  test("a learner who chooses Norwegian only gets Norwegian at A1", async ({ page }) => {
    await serve(page, packJson("helse/a1-player.json"));
    await page.goto("/settings");
    await appReady(page);
    await page.getByLabel("Лише норвезька").check();
    await startPractice(page, /Почати вправи/);
    await expect(heading(page)).toHaveText("Godt å vite");
    await page.keyboard.press("Enter");
    await expect(heading(page)).toHaveText("Vet du hva dette betyr?");
    await expect(page.locator(".word")).toHaveCount(0);
    // The interface itself stays Ukrainian.
    await expect(page.getByRole("button", { name: "Показати значення" })).toBeVisible();
  });
});

test.describe("the bundled packs", () => {
  test.use({ locale: "uk-UA" });

  test("a pack's card shows its exercises and the learner's progress", async ({ page }) => {
    await page.goto("/sector/helse");
    await appReady(page);
    const card = page.locator(".pack-card").filter({ hasText: "Привітатися з мешканцями" });
    const count = bundledItemCount(PACK);
    await expect(card).toContainText(new RegExp(`${count} вправ\\S* · Виконано 0 з ${count}`));
    await card.click();
    await page.getByRole("link", { name: /Почати вправи/ }).click();
    // A real culture note first, then the first flashcard.
    await expect(page.locator(".culture h2")).toHaveText("«Du» — до всіх");
    await expect(page.locator(".culture p")).toHaveAttribute("lang", "uk");
    await page.keyboard.press("Enter");
    await expect(page.locator(".card-front")).toHaveText("god morgen");
    await page.getByRole("link", { name: "Завершити вправи" }).click();
    await page.goto("/sector/helse");
    await appReady(page);
    await expect(card).toContainText(new RegExp(`${count} вправ\\S* · Виконано 1 з ${count}`));
  });
});

test.describe("a learner with the interface in Norwegian", () => {
  test.use({ locale: "nb-NO" });

  test("B1: the translation is in the support language, and can be switched where it is shown", async ({ page }) => {
    await serve(page, packJson("helse/b1-player.json"));
    await startPractice(page, /Begynn å øve/);
    await expect(heading(page)).toHaveText("Velg riktig svar.");
    // A Norwegian browser that never chose gets English support first.
    await page.getByRole("button", { name: "Vis oversettelse" }).click();
    const translation = page.locator(".translation > p");
    await expect(translation).toHaveText("Choose the right answer.");
    await expect(translation).toHaveAttribute("lang", "en");
    const choice = page.getByRole("group", { name: "Oversettelse til" });
    await expect(choice.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
    await choice.getByRole("button", { name: "Українська" }).click();
    await expect(translation).toHaveText("Виберіть правильну відповідь.");
    await expect(translation).toHaveAttribute("lang", "uk");
    await expect(choice.getByRole("button", { name: "Українська" })).toHaveAttribute("aria-pressed", "true");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await smallTouchTargets(page)).toEqual([]);
    // The item was not redrawn, and the feedback's translation follows the choice.
    await page.getByRole("button", { name: "Sengen er skitten." }).click();
    await sheet(page).getByRole("button", { name: "Vis oversettelse" }).click();
    await expect(sheet(page).locator(".translation > p")).toHaveText("Напишіть, що сталося і коли.");
    // The choice is the learner's support language from now on.
    await page.goto("/settings");
    await appReady(page);
    await expect(page.getByRole("group", { name: "Hjelp når du øver" }).getByLabel("Українська")).toBeChecked();
  });

  test("sees sector names in the support language too", async ({ page }) => {
    await page.goto("/");
    await appReady(page);
    // An English browser gets English support by default.
    const health = page.locator(".sector-card").first();
    await expect(health.locator(".card-support")).toHaveText("Health and care");
    await page.goto("/settings");
    await appReady(page);
    await page.getByRole("group", { name: "Hjelp når du øver" }).getByLabel("Українська").check();
    await page.goto("/");
    await appReady(page);
    await expect(health.locator(".card-title")).toHaveText("Helse og omsorg");
    await expect(health.locator(".card-support")).toHaveText("Охорона здоров’я та догляд");
    await expect(health.locator(".card-support")).toHaveAttribute("lang", "uk");
  });
});
