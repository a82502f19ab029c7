import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { type Page } from "@playwright/test";
import { test, expect, appReady, seriousViolations, smallTouchTargets } from "./fixtures";
import { TOML, file, nextPlayback } from "./teacher";

// A teacher's word list as a Norwegian spreadsheet saves it (semicolons),
// 30 rows under its header: 28 words, a row without Norwegian (line 12)
// and the first word again (line 25).
const ROWS = [
  "en mopp;швабра;mop;Jeg vasker gulvet med en mopp.",
  "ei bøtte;відро;bucket;Bøtta står i boden.",
  "en klut;ганчірка;cloth;Tørk av bordet med en klut.",
  "en støvsuger;пилосос;vacuum cleaner;Støvsugeren står i skapet.",
  "et vaskemiddel;миючий засіб;detergent;",
  "en hanske;рукавичка;glove;",
  "et toalett;унітаз;toilet;Jeg vasker toalettet hver dag.",
  "en vask;раковина;sink;",
  "et speil;дзеркало;mirror;Speilet er skittent.",
  "et gulv;підлога;floor;",
  ";без слова;no word;",
  "en kost;віник;broom;",
  "et feiebrett;совок;dustpan;",
  "ei tralle;візок;trolley;",
  "en dør;двері;door;",
  "et vindu;вікно;window;",
  "en seng;ліжко;bed;",
  "et laken;простирадло;sheet;",
  "et håndkle;рушник;towel;",
  "en dusj;душ;shower;",
  "å vaske;мити;to wash;",
  "å tørke;витирати;to wipe;",
  "å støvsuge;пилососити;to vacuum;",
  "en mopp;швабра;mop;",
  "å tømme;спорожняти;to empty;",
  "å rydde;прибирати;to tidy up;",
  "ren;чистий;clean;",
  "skitten;брудний;dirty;",
  "våt;мокрий;wet;",
  "tørr;сухий;dry;",
];
const CSV = ["norsk;українська;english;eksempel", ...ROWS].join("\r\n") + "\r\n";

// A picture of one pixel.
const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

/** The names of the files in a .zip, read from its central directory. */
function unzipNames(zip: Buffer): string[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names = [];
  for (let n = 0; n < count; n++) {
    const [name, extra, comment] = [28, 30, 32].map((offset) => zip.readUInt16LE(at + offset));
    names.push(zip.toString("utf8", at + 46, at + 46 + name));
    at += 46 + name + extra + comment;
  }
  return names;
}

/** Opens the studio and begins a new pack for cleaning at A1. */
async function newPack(page: Page, t: Record<string, string>) {
  await page.goto("/studio.html");
  await appReady(page);
  await page.getByLabel(t.sector, { exact: true }).first().selectOption("renhold");
  await page.getByRole("button", { name: t.begin }).first().click();
  await expect(page).toHaveURL(/studio\.html#draft\/[0-9a-f]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

/** Adds an exercise of the kind named `kind` and returns its form. */
async function addItem(page: Page, kind: string, add: string, label: string) {
  await page.getByLabel(label).selectOption({ label: kind });
  await page.getByRole("button", { name: add }).click();
  const form = page.locator("section.item-form");
  await expect(form.getByRole("heading", { level: 3 })).toHaveText(new RegExp(`^\\d+\\. ${kind}$`));
  return form;
}

/** Selects `word` in the field labelled `label`, as a mouse or keyboard would. */
async function select(field: ReturnType<Page["getByLabel"]>, word: string) {
  await field.evaluate((element, word) => {
    const area = element as HTMLTextAreaElement;
    const at = area.value.indexOf(word);
    area.focus();
    area.setSelectionRange(at, at + word.length);
  }, word);
}

/** Fills a text in the languages given, in the group named `name`. */
async function languages(scope: ReturnType<Page["locator"]>, name: string | RegExp, texts: Record<string, string>) {
  const group = scope.getByRole("group", { name, exact: typeof name === "string" });
  for (const [language, text] of Object.entries(texts)) await group.getByLabel(language, { exact: true }).fill(text);
}

test.describe("in Norwegian, a teacher in the studio", () => {
  test.use({ locale: "nb-NO" });

  test("imports a list, writes an exercise of every kind, fixes what the checker finds, and a learner practises the file", async ({ page, browser }) => {
    test.setTimeout(180_000);
    await newPack(page, { sector: "Bransje", begin: "Begynn" });
    expect(await seriousViolations(page)).toEqual([]);
    expect(await smallTouchTargets(page)).toEqual([]);
    // Details in the three languages; the id follows the title.
    const title = page.getByRole("group", { name: "Tittel" });
    await title.getByLabel("Norsk", { exact: true }).fill("Utstyr på vaskerommet");
    await title.getByLabel("Ukrainsk", { exact: true }).fill("Обладнання в кімнаті для прибирання");
    await title.getByLabel("Engelsk", { exact: true }).fill("Equipment in the cleaning room");
    await expect(page.getByLabel("Pakke-ID", { exact: true })).toHaveValue("a1-utstyr-pa-vaskerommet");

    // The list: mapped by its header, two rows left out and said why.
    await page.getByRole("button", { name: "Importer en liste" }).click();
    await page.getByLabel("Listefil", { exact: true }).setInputFiles(file("utstyr.csv", CSV));
    await expect(page.getByLabel(/^Kolonne 1/)).toHaveValue("studio-column-norwegian");
    await expect(page.getByLabel(/^Kolonne 2/)).toHaveValue("studio-column-ukrainian");
    const preview = page.getByTestId("import-preview");
    await expect(preview).toContainText("Listen gir 28 ord og 31 oppgaver.");
    const leftOut = page.getByTestId("import-left-out");
    await expect(leftOut).toContainText("2 rader er utelatt:");
    await expect(leftOut.getByRole("listitem")).toHaveText([
      "Linje 12: mangler norsk ord.",
      "Linje 25: samme ord som på linje 2.",
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Legg til i pakken" }).click();
    await expect(page.getByTestId("item-row")).toHaveCount(31);
    // The two words whose examples hold them are matched to those examples.
    await expect(page.getByTestId("item-row").nth(30)).toContainText("31. Finn parene");

    // The first word in the teacher's own voice (the browser's fake microphone).
    await page.getByRole("button", { name: "Ord", exact: true }).click();
    const word = page.getByTestId("word-row").first();
    await expect(word.getByLabel("Ord (med artikkel eller «å»)", { exact: true })).toHaveValue("en mopp");
    await word.getByRole("button", { name: "Ta opp", exact: true }).click();
    await expect(word.getByRole("status")).toContainText("Tar opp:");
    await expect(word.locator("meter")).toBeVisible();
    await page.waitForTimeout(1500);
    await word.getByRole("button", { name: "Stopp" }).click();
    await expect(word.getByTestId("recording-size")).toHaveText(/^Opptaket: \d+ kB$/);
    await expect(word.locator("audio")).toHaveAttribute("src", /^blob:/);
    await expect(word.getByRole("button", { name: "Ta opp på nytt" })).toBeVisible();
    await page.getByRole("button", { name: "Oppgaver", exact: true }).click();

    // One exercise of every kind, through its form.
    const add = ["Legg til oppgaven", "Oppgavetype"] as const;
    let form = await addItem(page, "Flervalg", ...add);
    await form.getByLabel("Spørsmål", { exact: true }).fill("Hva bruker du til å vaske gulvet?");
    await form.getByLabel("Alternativ 1", { exact: true }).fill("en mopp");
    await form.getByLabel("Alternativ 2", { exact: true }).fill("et håndkle");
    await form.getByTestId("option-row").first().getByLabel("Riktig svar", { exact: true }).check();
    // The checker wants a why for the wrong option, said at that option.
    await expect(form.getByTestId("option-row").nth(1).getByTestId("problems-here")).toContainText("«et håndkle»");
    // Said there only, not again at the top of the exercise.
    await expect(form.getByTestId("problems-here")).toHaveCount(1);
    await expect(page.getByTestId("preview-waits")).toBeVisible();
    await languages(form, "Hvorfor «et håndkle» er feil", {
      Ukrainsk: "Рушником витирають руки, а не підлогу.",
      Engelsk: "A towel is for drying hands, not for the floor.",
    });
    await expect(form.getByTestId("problems-here")).toHaveCount(0);
    // The real player, beside the form: a wrong answer says why.
    const player = page.getByTestId("preview");
    await expect(player.getByRole("heading", { level: 1 })).toBeVisible();
    await player.getByRole("button", { name: /et håndkle/ }).click();
    await expect(player.locator(".why-not")).toHaveText("Рушником витирають руки, а не підлогу.");
    await expect(player.locator(".why-not")).toHaveAttribute("lang", "uk");
    await player.getByRole("button", { name: "Fortsett" }).click();
    await player.getByRole("button", { name: /en mopp/ }).click();
    // At A1 the player speaks the learner's support language.
    await expect(player.locator(".verdict")).toHaveText("Правильно!");

    form = await addItem(page, "Luke med alternativer", ...add);
    const sentence = form.getByLabel("Setning med luke (___)", { exact: true });
    await sentence.fill("Jeg tørker bordet med en klut.");
    await select(sentence, "klut");
    await form.getByRole("button", { name: "Gjør det markerte ordet til luke" }).click();
    await expect(sentence).toHaveValue("Jeg tørker bordet med en ___.");
    await expect(form.getByLabel("Alternativ 1", { exact: true })).toHaveValue("klut");
    await form.getByLabel("Alternativ 2", { exact: true }).fill("mopp");
    await languages(form, "Hvorfor «mopp» er feil", {
      Ukrainsk: "Швабра — для підлоги, а не для столу.",
      Engelsk: "A mop is for the floor, not for the table.",
    });

    form = await addItem(page, "Luke å skrive i", ...add);
    const cloze = form.getByLabel("Setning med luke (___)", { exact: true });
    await cloze.fill("Jeg vasker gulvet hver dag.");
    await select(cloze, "vasker");
    await form.getByRole("button", { name: "Gjør det markerte ordet til luke" }).click();
    await expect(form.getByLabel("Godkjente svar, nr. 1", { exact: true })).toHaveValue("vasker");

    form = await addItem(page, "Oversettelse", ...add);
    await languages(form, "Setning som skal oversettes til norsk", { Ukrainsk: "Я мию підлогу.", Engelsk: "I wash the floor." });
    await form.getByLabel("Godkjente svar, nr. 1", { exact: true }).fill("Jeg vasker gulvet.");

    form = await addItem(page, "Sett i rekkefølge", ...add);
    await form.getByLabel("Setning", { exact: true }).fill("I dag er bøtta full");
    await form.getByRole("button", { name: "Lag brikker av setningen" }).click();
    await expect(form.getByRole("group", { name: "Brikkene i riktig rekkefølge" }).getByRole("textbox")).toHaveCount(5);
    // Another right order, written as a sentence: one that is not the tiles is said at them.
    await form.getByRole("button", { name: "Legg til en annen riktig rekkefølge" }).click();
    const other = form.getByLabel("Riktig rekkefølge 1", { exact: true });
    await other.fill("Bøtta er helt full i dag");
    await expect(form.getByRole("group", { name: "Andre riktige rekkefølger" }).getByTestId("problems-here")).toBeVisible();
    await other.fill("Bøtta er full i dag");
    await expect(form.getByTestId("problems-here")).toHaveCount(0);

    form = await addItem(page, "Finn parene", ...add);
    for (const [n, [word, emoji]] of [["en kost", "🧹"], ["ei bøtte", "🪣"], ["en hanske", "🧤"]].entries()) {
      await form.getByLabel(`Par ${n + 1}: norsk`, { exact: true }).fill(word);
      await form.getByLabel(`Par ${n + 1}: det som hører til`, { exact: true }).fill(emoji);
    }

    form = await addItem(page, "Lytting", ...add);
    await form.getByLabel("Det som blir sagt (norsk)", { exact: true }).fill("Tøm bøtta.");
    await form.getByRole("button", { name: "Legg til et alternativ" }).click();
    await form.getByLabel("Alternativer, nr. 1", { exact: true }).fill("Tøm bøtta.");
    await form.getByRole("button", { name: "Legg til et alternativ" }).click();
    await form.getByLabel("Alternativer, nr. 2", { exact: true }).fill("Ta bøtta.");
    await form.getByLabel("Svaret", { exact: true }).selectOption("Tøm bøtta.");

    form = await addItem(page, "Ord som høres like ut", ...add);
    await form.getByLabel("Første ord", { exact: true }).fill("tak");
    await form.getByLabel("Andre ord", { exact: true }).fill("takk");
    await form.getByLabel("Riktig svar", { exact: true }).first().check();

    form = await addItem(page, "Dialog", ...add);
    await form.getByRole("button", { name: "Legg til en person" }).click();
    await form.getByLabel("Person 1, navn og rolle", { exact: true }).fill("Kari (leder)");
    await form.getByRole("button", { name: "Legg til en person" }).click();
    await form.getByLabel("Person 2, navn og rolle", { exact: true }).fill("Du");
    await form.locator(".speaker-row").nth(1).getByLabel("Deltakeren spiller denne personen", { exact: true }).check();
    await form.getByRole("button", { name: "Legg til en replikk" }).click();
    await form.getByLabel("Det personen sier", { exact: true }).fill("Kan du vaske rom 12 nå?");
    await form.getByRole("button", { name: "Legg til en replikk" }).click();
    await expect(form.getByLabel("Replikk 2: hvem som snakker", { exact: true })).toHaveValue("s2");
    await form.getByRole("button", { name: "Legg til et svar" }).click();
    await form.getByLabel("Svar 1", { exact: true }).fill("Ja, det kan jeg.");
    await form.getByRole("button", { name: "Legg til et svar" }).click();
    await form.getByLabel("Svar 2", { exact: true }).fill("Nei, takk.");
    await languages(form, "Hvorfor «Nei, takk.» er feil", {
      Ukrainsk: "Так відмовляються від пропозиції, а лідерка просить про роботу.",
      Engelsk: "That turns down an offer; your manager is asking you to do a job.",
    });

    form = await addItem(page, "Skriv en melding", ...add);
    await languages(form, "Oppgavetekst", {
      Ukrainsk: "Напишіть керівникові, що ви захворіли й не прийдете на роботу.",
      Engelsk: "Write to your manager that you are ill and will not come to work.",
    });
    await form.getByLabel("Eksempelsvar", { exact: true }).fill("Hei! Jeg er syk i dag og kommer ikke på jobb. Hilsen Olena");
    await languages(form, "Punkt 1", { Ukrainsk: "Ви пишете, що захворіли.", Engelsk: "You say that you are ill." });

    form = await addItem(page, "Si det høyt", ...add);
    await form.getByLabel("Det som skal sies (norsk)", { exact: true }).fill("God morgen!");

    form = await addItem(page, "Godt å vite", ...add);
    await languages(form, "Overskrift", { Norsk: "Hansker", Ukrainsk: "Рукавички", Engelsk: "Gloves" });
    await languages(form, "Tekst", {
      Norsk: "Bruk hansker når du vasker toalettet.",
      Ukrainsk: "Коли миєте унітаз, вдягайте рукавички.",
      Engelsk: "Wear gloves when you clean the toilet.",
    });

    form = await addItem(page, "Ordkort", ...add);
    await form.getByLabel("Norsk på forsiden", { exact: true }).fill("en svamp");
    await languages(form, "Betydningen på baksiden", { Ukrainsk: "губка", Engelsk: "sponge" });
    await expect(page.getByTestId("item-row")).toHaveCount(31 + 13);
    expect(await seriousViolations(page)).toEqual([]);

    // What is left is the pack's own: no description, no author.
    const problems = page.getByTestId("studio-problems");
    await expect(problems).toContainText("Pakken");
    await page.getByRole("button", { name: "Del ut" }).click();
    await expect(page.getByTestId("hand-out-blocked")).toBeVisible();
    // Not for learners yet, but it can be saved as a file as it is, to go on elsewhere.
    const [draftDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Lagre utkastet som fil" }).click(),
    ]);
    expect(draftDownload.suggestedFilename()).toBe("a1-utstyr-pa-vaskerommet-utkast.zip");
    const draftFile = unzipNames(readFileSync(await draftDownload.path()));
    expect(draftFile).toEqual(expect.arrayContaining(["a1-utstyr-pa-vaskerommet.toml"]));
    expect(draftFile.filter((name) => name.startsWith("lyd/"))).toHaveLength(1);
    await page.getByRole("button", { name: "Om pakken" }).click();
    // Each at its field: the description in each language, the authors.
    const about = page.getByRole("group", { name: "Beskrivelse" });
    const authors = page.getByRole("group", { name: "Forfattere" });
    await expect(about.locator(".field", { has: page.getByLabel("Ukrainsk", { exact: true }) }).getByTestId("problems-here")).toBeVisible();
    await expect(authors.getByTestId("problems-here")).toBeVisible();
    await languages(page.locator("main"), "Beskrivelse", {
      Norsk: "Ord for utstyret du bruker når du vasker.",
      Ukrainsk: "Слова про обладнання, яким ви прибираєте.",
      Engelsk: "Words for the equipment you clean with.",
    });
    await page.getByRole("button", { name: "Legg til en forfatter" }).click();
    await page.getByLabel("Forfattere, nr. 1", { exact: true }).fill("Ingrid Hansen");
    await expect(page.getByTestId("studio-ready")).toHaveText("Ingen feil: Pakken er klar til å deles ut.");
    await expect(page.locator("main").getByTestId("problems-here")).toHaveCount(0);

    // Saved as typed: a reload finds it all.
    await expect(page.getByTestId("save-status")).toContainText("Lagret");
    await page.reload();
    await appReady(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Utstyr på vaskerommet");
    await expect(page.getByTestId("studio-ready")).toBeVisible();
    await page.getByRole("button", { name: "Oppgaver", exact: true }).click();
    await expect(page.getByTestId("item-row")).toHaveCount(44);

    // Handed out as a file, which a learner on another phone adds.
    await page.getByRole("button", { name: "Del ut" }).click();
    expect(await seriousViolations(page)).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Last ned pakken (.zip med opptakene)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("a1-utstyr-pa-vaskerommet.zip");
    const zipped = readFileSync(await download.path());
    expect(zipped.subarray(0, 2).toString()).toBe("PK");

    const phone = await browser.newContext({ locale: "uk-UA", viewport: { width: 360, height: 740 } });
    const learner = await phone.newPage();
    await learner.goto("/share.html#add");
    await appReady(learner);
    await learner.getByLabel("Файл набору", { exact: true }).setInputFiles(file("a1-utstyr-pa-vaskerommet.zip", zipped));
    await expect(learner.getByTestId("add-offer")).toContainText("Обладнання в кімнаті для прибирання");
    await expect(learner.getByTestId("add-authors")).toHaveText("Автори: Ingrid Hansen");
    await learner.getByRole("button", { name: "Зберегти набір" }).click();
    await learner.getByRole("link", { name: "Відкрити набір" }).click();
    await appReady(learner);
    await expect(learner.getByRole("heading", { level: 1 })).toHaveText("Обладнання в кімнаті для прибирання");
    // The teacher's recording plays from the learner's device.
    const played = nextPlayback(learner);
    await learner.locator(".vocab-item", { hasText: "en mopp" }).getByRole("button").first().click();
    expect(await played).toBe("blob:");
    await learner.getByRole("link", { name: "Почати вправи" }).click();
    // The first exercise the teacher's list made: a card of its first word.
    await expect(learner.locator(".card-front")).toHaveText("en mopp");
    await learner.getByRole("button", { name: "Показати значення" }).click();
    await expect(learner.locator(".card-back")).toContainText("швабра");
    await learner.getByRole("button", { name: "Знаю", exact: true }).click();
    await expect(learner.getByRole("progressbar")).toHaveAttribute("value", "1");
    await phone.close();

    // The .zip opens again in the studio, as a published pack, with its recording.
    const first = page.url();
    await page.getByRole("link", { name: "Alle utkast" }).click();
    await appReady(page);
    await page.getByLabel("Pakkefil", { exact: true }).setInputFiles(file("a1-utstyr-pa-vaskerommet.zip", zipped));
    await expect(page).toHaveURL(/#draft\//);
    expect(page.url()).not.toBe(first);
    await expect(page.getByLabel("Versjon", { exact: true })).toHaveValue("1.0.1");
    await page.getByRole("button", { name: "Ord", exact: true }).click();
    await expect(page.getByTestId("word-row").first().getByTestId("recording-size")).toHaveText(/^Opptaket: \d+ kB$/);
  });
});

test.describe("in Ukrainian, a teacher in the studio", () => {
  test.use({ locale: "uk-UA" });

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
    await expect(front.getByTestId("problems-here")).toBeVisible();
    await expect(form.getByRole("group", { name: "Значення на звороті" }).getByTestId("problems-here").first()).toBeVisible();
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
