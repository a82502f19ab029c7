// The studio's whole story, told once and run in each language a teacher may
// use: a list imported, an exercise of every kind written through its form,
// the checker's problems fixed, the teacher's voice recorded, the draft
// reloaded, the pack handed out as a .zip and practised by a learner.
import { readFileSync } from "node:fs";
import type { Browser, Page } from "@playwright/test";
import { expect, appReady, overflow, seriousViolations, smallTouchTargets } from "./fixtures";
import { file, nextPlayback } from "./teacher";
import { addItem, languages, newPack, select, unzipNames } from "./studio";

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

/** The pack's title in each language. */
const TITLE = {
  nb: "Utstyr på vaskerommet",
  uk: "Обладнання в кімнаті для прибирання",
  en: "Equipment in the cleaning room",
};

/** What the studio says, as its teacher reads it. */
export interface Words {
  lang: "nb" | "uk";
  sector: string;
  begin: string;
  title: string;
  nb: string;
  uk: string;
  en: string;
  packId: string;
  importList: string;
  listFile: string;
  column: (n: number) => RegExp;
  makes: string;
  leftOut: string;
  rows: string[];
  addToPack: string;
  words: string;
  lemma: string;
  record: string;
  recording: RegExp;
  stop: string;
  recordSize: RegExp;
  recordAgain: string;
  exercises: string;
  addItem: string;
  kind: string;
  kinds: Record<
    | "choice"
    | "gap"
    | "cloze"
    | "translate"
    | "order"
    | "match"
    | "listening"
    | "minimalPair"
    | "dialogue"
    | "message"
    | "speaking"
    | "culture"
    | "flashcard",
    string
  >;
  question: string;
  option: (n: number) => string;
  rightAnswer: string;
  missingWhy: string;
  missingEnglish: string;
  whyWrong: (option: string) => string;
  next: string;
  gapText: string;
  makeGap: string;
  entry: (label: string, n: number) => string;
  answers: string;
  options: string;
  translateSource: string;
  sentence: string;
  makeTiles: string;
  tiles: string;
  addAlternative: string;
  alternative: (n: number) => string;
  alternatives: string;
  pairLeft: (n: number) => string;
  pairRight: (n: number) => string;
  listenText: string;
  addOption: string;
  listenAnswer: string;
  word1: string;
  word2: string;
  addSpeaker: string;
  speaker: (n: number) => string;
  speakerLearner: string;
  addTurn: string;
  turnText: string;
  turn: (n: number) => string;
  addReply: string;
  reply: (n: number) => string;
  task: string;
  model: string;
  check: (n: number) => string;
  sayText: string;
  cultureTitle: string;
  cultureText: string;
  front: string;
  back: string;
  pack: string;
  handOut: string;
  draftFile: string;
  details: string;
  description: string;
  authors: string;
  addAuthor: string;
  ready: string;
  saved: string;
  exportZip: string;
  allDrafts: string;
  packFile: string;
  version: string;
}

export const NB: Words = {
  lang: "nb",
  sector: "Bransje",
  begin: "Begynn",
  title: "Tittel",
  nb: "Norsk",
  uk: "Ukrainsk",
  en: "Engelsk",
  packId: "Pakke-ID",
  importList: "Importer en liste",
  listFile: "Listefil",
  column: (n) => new RegExp(`^Kolonne ${n}`),
  makes: "Listen gir 28 ord og 31 oppgaver.",
  leftOut: "2 rader er utelatt:",
  rows: ["Linje 12: mangler norsk ord.", "Linje 25: samme ord som på linje 2."],
  addToPack: "Legg til i pakken",
  words: "Ord",
  lemma: "Ord (med artikkel eller «å»)",
  record: "Ta opp",
  recording: /Tar opp: \d+ s/,
  stop: "Stopp",
  recordSize: /^Opptaket: \d+ kB$/,
  recordAgain: "Ta opp på nytt",
  exercises: "Oppgaver",
  addItem: "Legg til oppgaven",
  kind: "Oppgavetype",
  kinds: {
    choice: "Flervalg",
    gap: "Luke med alternativer",
    cloze: "Luke å skrive i",
    translate: "Oversettelse",
    order: "Sett i rekkefølge",
    match: "Finn parene",
    listening: "Lytting",
    minimalPair: "Ord som høres like ut",
    dialogue: "Dialog",
    message: "Skriv en melding",
    speaking: "Si det høyt",
    culture: "Godt å vite",
    flashcard: "Ordkort",
  },
  question: "Spørsmål",
  option: (n) => `Alternativ ${n}`,
  rightAnswer: "Riktig svar",
  missingWhy: "«et håndkle» er feil og trenger en forklaring",
  missingEnglish: "Teksten på engelsk mangler. Den trengs på dette nivået.",
  whyWrong: (option) => `Hvorfor «${option}» er feil`,
  next: "Fortsett",
  gapText: "Setning med luke (___)",
  makeGap: "Gjør det markerte ordet til luke",
  entry: (label, n) => `${label}, nr. ${n}`,
  answers: "Godkjente svar",
  options: "Alternativer",
  translateSource: "Setning som skal oversettes til norsk",
  sentence: "Setning",
  makeTiles: "Lag brikker av setningen",
  tiles: "Brikkene i riktig rekkefølge",
  addAlternative: "Legg til en annen riktig rekkefølge",
  alternative: (n) => `Riktig rekkefølge ${n}`,
  alternatives: "Andre riktige rekkefølger",
  pairLeft: (n) => `Par ${n}: norsk`,
  pairRight: (n) => `Par ${n}: det som hører til`,
  listenText: "Det som blir sagt (norsk)",
  addOption: "Legg til et alternativ",
  listenAnswer: "Svaret",
  word1: "Første ord",
  word2: "Andre ord",
  addSpeaker: "Legg til en person",
  speaker: (n) => `Person ${n}, navn og rolle`,
  speakerLearner: "Deltakeren spiller denne personen",
  addTurn: "Legg til en replikk",
  turnText: "Det personen sier",
  turn: (n) => `Replikk ${n}: hvem som snakker`,
  addReply: "Legg til et svar",
  reply: (n) => `Svar ${n}`,
  task: "Oppgavetekst",
  model: "Eksempelsvar",
  check: (n) => `Punkt ${n}`,
  sayText: "Det som skal sies (norsk)",
  cultureTitle: "Overskrift",
  cultureText: "Tekst",
  front: "Norsk på forsiden",
  back: "Betydningen på baksiden",
  pack: "Pakken",
  handOut: "Del ut",
  draftFile: "Lagre utkastet som fil",
  details: "Om pakken",
  description: "Beskrivelse",
  authors: "Forfattere",
  addAuthor: "Legg til en forfatter",
  ready: "Ingen feil: Pakken er klar til å deles ut.",
  saved: "Lagret",
  exportZip: "Last ned pakken (.zip med opptakene)",
  allDrafts: "Alle utkast",
  packFile: "Pakkefil",
  version: "Versjon",
};

export const UK: Words = {
  lang: "uk",
  sector: "Галузь",
  begin: "Почати",
  title: "Назва",
  nb: "Норвезькою",
  uk: "Українською",
  en: "Англійською",
  packId: "Ідентифікатор набору",
  importList: "Імпорт списку",
  listFile: "Файл зі списком",
  column: (n) => new RegExp(`^Стовпець ${n}`),
  makes: "Зі списку вийде слів: 28, вправ: 31.",
  leftOut: "Пропущено 2 рядки:",
  rows: ["Рядок 12: немає норвезького слова.", "Рядок 25: те саме слово, що й у рядку 2."],
  addToPack: "Додати до набору",
  words: "Слова",
  lemma: "Слово (з артиклем або «å»)",
  record: "Записати",
  recording: /Запис: \d+ с/,
  stop: "Зупинити",
  recordSize: /^Запис: \d+ КБ$/,
  recordAgain: "Записати ще раз",
  exercises: "Вправи",
  addItem: "Додати вправу",
  kind: "Тип вправи",
  kinds: {
    choice: "Вибір відповіді",
    gap: "Пропуск із варіантами",
    cloze: "Пропуск для введення",
    translate: "Переклад",
    order: "Розставити в порядку",
    match: "З’єднати пари",
    listening: "Аудіювання",
    minimalPair: "Слова, що звучать схоже",
    dialogue: "Діалог",
    message: "Написати повідомлення",
    speaking: "Сказати вголос",
    culture: "Варто знати",
    flashcard: "Картка",
  },
  question: "Запитання",
  option: (n) => `Варіант ${n}`,
  rightAnswer: "Правильна відповідь",
  missingWhy: "Хибний варіант «et håndkle» потребує пояснення",
  missingEnglish: "Бракує тексту англійською: він потрібен на цьому рівні.",
  whyWrong: (option) => `Чому «${option}» — неправильна відповідь`,
  next: "Далі",
  gapText: "Речення з пропуском (___)",
  makeGap: "Зробити виділене слово пропуском",
  entry: (label, n) => `${label}, № ${n}`,
  answers: "Прийнятні відповіді",
  options: "Варіанти",
  translateSource: "Речення для перекладу норвезькою",
  sentence: "Речення",
  makeTiles: "Розбити речення на плитки",
  tiles: "Плитки в правильному порядку",
  addAlternative: "Додати інший правильний порядок",
  alternative: (n) => `Правильний порядок ${n}`,
  alternatives: "Інші правильні порядки",
  pairLeft: (n) => `Пара ${n}: норвезькою`,
  pairRight: (n) => `Пара ${n}: відповідник`,
  listenText: "Що звучить (норвезькою)",
  addOption: "Додати варіант",
  listenAnswer: "Відповідь",
  word1: "Перше слово",
  word2: "Друге слово",
  addSpeaker: "Додати персонажа",
  speaker: (n) => `Персонаж ${n}: ім’я та роль`,
  speakerLearner: "Цього персонажа грає учасник",
  addTurn: "Додати репліку",
  turnText: "Що каже персонаж",
  turn: (n) => `Репліка ${n}: хто говорить`,
  addReply: "Додати відповідь",
  reply: (n) => `Відповідь ${n}`,
  task: "Умова",
  model: "Зразок відповіді",
  check: (n) => `Пункт ${n}`,
  sayText: "Що сказати (норвезькою)",
  cultureTitle: "Заголовок",
  cultureText: "Текст",
  front: "Норвезькою на лицьовому боці",
  back: "Значення на звороті",
  pack: "Набір",
  handOut: "Передати",
  draftFile: "Зберегти чернетку як файл",
  details: "Про набір",
  description: "Опис",
  authors: "Автори",
  addAuthor: "Додати автора",
  ready: "Помилок немає: набір готовий до передавання.",
  saved: "Збережено",
  exportZip: "Завантажити набір (.zip із записами)",
  allDrafts: "Усі чернетки",
  packFile: "Файл набору",
  version: "Версія",
};

/** A teacher, in the studio's language `t`, makes a pack from a list and
 *  every kind of exercise, and a learner on a phone practises it. */
export async function story(page: Page, browser: Browser, t: Words) {
  await newPack(page, t);
  expect(await seriousViolations(page)).toEqual([]);
  expect(await smallTouchTargets(page)).toEqual([]);
  // Details in the three languages; the id follows the title.
  await languages(page.locator("main"), t.title, { [t.nb]: TITLE.nb, [t.uk]: TITLE.uk, [t.en]: TITLE.en });
  await expect(page.getByLabel(t.packId, { exact: true })).toHaveValue("a1-utstyr-pa-vaskerommet");

  // The list: mapped by its header, two rows left out and said why.
  await page.getByRole("button", { name: t.importList }).click();
  await page.getByLabel(t.listFile, { exact: true }).setInputFiles(file("utstyr.csv", CSV));
  await expect(page.getByLabel(t.column(1))).toHaveValue("studio-column-norwegian");
  await expect(page.getByLabel(t.column(2))).toHaveValue("studio-column-ukrainian");
  await expect(page.getByTestId("import-preview")).toContainText(t.makes);
  const leftOut = page.getByTestId("import-left-out");
  await expect(leftOut).toContainText(t.leftOut);
  await expect(leftOut.getByRole("listitem")).toHaveText(t.rows);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("button", { name: t.addToPack }).click();
  await expect(page.getByTestId("item-row")).toHaveCount(31);
  // The two words whose examples hold them are matched to those examples.
  await expect(page.getByTestId("item-row").nth(30)).toContainText(`31. ${t.kinds.match}`);

  // The first word in the teacher's own voice (the browser's fake microphone).
  await page.getByRole("button", { name: t.words, exact: true }).click();
  const word = page.getByTestId("word-row").first();
  await expect(word.getByLabel(t.lemma, { exact: true })).toHaveValue("en mopp");
  await word.getByRole("button", { name: t.record, exact: true }).click();
  await expect(word.getByRole("status")).toContainText(t.recording);
  await expect(word.locator("meter")).toBeVisible();
  await page.waitForTimeout(1500);
  await word.getByRole("button", { name: t.stop }).click();
  await expect(word.getByTestId("recording-size")).toHaveText(t.recordSize);
  await expect(word.locator("audio")).toHaveAttribute("src", /^blob:/);
  await expect(word.getByRole("button", { name: t.recordAgain })).toBeVisible();
  expect(await overflow(page)).toBe(0);
  await page.getByRole("button", { name: t.exercises, exact: true }).click();

  // One exercise of every kind, through its form.
  const add = [t.addItem, t.kind] as const;
  let form = await addItem(page, t.kinds.choice, ...add);
  await form.getByLabel(t.question, { exact: true }).fill("Hva bruker du til å vaske gulvet?");
  await form.getByLabel(t.option(1), { exact: true }).fill("en mopp");
  await form.getByLabel(t.option(2), { exact: true }).fill("et håndkle");
  await form.getByTestId("option-row").first().getByLabel(t.rightAnswer, { exact: true }).check();
  // The checker wants a why for the wrong option, said at that option.
  await expect(form.getByTestId("option-row").nth(1).getByTestId("problems-here")).toContainText(t.missingWhy);
  // Said there only, not again at the top of the exercise.
  await expect(form.getByTestId("problems-here")).toHaveCount(1);
  await expect(page.getByTestId("preview-waits")).toBeVisible();
  await languages(form, t.whyWrong("et håndkle"), { [t.uk]: "Рушником витирають руки, а не підлогу." });
  // At A1 the English is needed too, and the why of that option says so.
  await expect(form.getByTestId("option-row").nth(1).getByTestId("problems-here")).toHaveText(t.missingEnglish);
  await languages(form, t.whyWrong("et håndkle"), { [t.en]: "A towel is for drying hands, not for the floor." });
  await expect(form.getByTestId("problems-here")).toHaveCount(0);
  // The real player, beside the form: a wrong answer says why.
  const player = page.getByTestId("preview");
  await expect(player.getByRole("heading", { level: 1 })).toBeVisible();
  await player.getByRole("button", { name: /et håndkle/ }).click();
  await expect(player.locator(".why-not")).toHaveText("Рушником витирають руки, а не підлогу.");
  await expect(player.locator(".why-not")).toHaveAttribute("lang", "uk");
  await player.getByRole("button", { name: t.next }).click();
  await player.getByRole("button", { name: /en mopp/ }).click();
  // At A1 the player speaks the learner's support language.
  await expect(player.locator(".verdict")).toHaveText("Правильно!");

  form = await addItem(page, t.kinds.gap, ...add);
  const sentence = form.getByLabel(t.gapText, { exact: true });
  await sentence.fill("Jeg tørker bordet med en klut.");
  await select(sentence, "klut");
  await form.getByRole("button", { name: t.makeGap }).click();
  await expect(sentence).toHaveValue("Jeg tørker bordet med en ___.");
  await expect(form.getByLabel(t.option(1), { exact: true })).toHaveValue("klut");
  await form.getByLabel(t.option(2), { exact: true }).fill("mopp");
  await languages(form, t.whyWrong("mopp"), {
    [t.uk]: "Швабра — для підлоги, а не для столу.",
    [t.en]: "A mop is for the floor, not for the table.",
  });

  form = await addItem(page, t.kinds.cloze, ...add);
  const cloze = form.getByLabel(t.gapText, { exact: true });
  await cloze.fill("Jeg vasker gulvet hver dag.");
  await select(cloze, "vasker");
  await form.getByRole("button", { name: t.makeGap }).click();
  await expect(form.getByLabel(t.entry(t.answers, 1), { exact: true })).toHaveValue("vasker");

  form = await addItem(page, t.kinds.translate, ...add);
  await languages(form, t.translateSource, { [t.uk]: "Я мию підлогу.", [t.en]: "I wash the floor." });
  await form.getByLabel(t.entry(t.answers, 1), { exact: true }).fill("Jeg vasker gulvet.");

  form = await addItem(page, t.kinds.order, ...add);
  await form.getByLabel(t.sentence, { exact: true }).fill("I dag er bøtta full");
  await form.getByRole("button", { name: t.makeTiles }).click();
  await expect(form.getByRole("group", { name: t.tiles }).getByRole("textbox")).toHaveCount(5);
  // Another right order, written as a sentence: one that is not the tiles is said at them.
  await form.getByRole("button", { name: t.addAlternative }).click();
  const other = form.getByLabel(t.alternative(1), { exact: true });
  await other.fill("Bøtta er helt full i dag");
  await expect(form.getByRole("group", { name: t.alternatives }).getByTestId("problems-here")).toBeVisible();
  await other.fill("Bøtta er full i dag");
  await expect(form.getByTestId("problems-here")).toHaveCount(0);

  form = await addItem(page, t.kinds.match, ...add);
  for (const [n, [word, emoji]] of [["en kost", "🧹"], ["ei bøtte", "🪣"], ["en hanske", "🧤"]].entries()) {
    await form.getByLabel(t.pairLeft(n + 1), { exact: true }).fill(word);
    await form.getByLabel(t.pairRight(n + 1), { exact: true }).fill(emoji);
  }

  form = await addItem(page, t.kinds.listening, ...add);
  await form.getByLabel(t.listenText, { exact: true }).fill("Tøm bøtta.");
  await form.getByRole("button", { name: t.addOption }).click();
  await form.getByLabel(t.entry(t.options, 1), { exact: true }).fill("Tøm bøtta.");
  await form.getByRole("button", { name: t.addOption }).click();
  await form.getByLabel(t.entry(t.options, 2), { exact: true }).fill("Ta bøtta.");
  await form.getByLabel(t.listenAnswer, { exact: true }).selectOption("Tøm bøtta.");

  form = await addItem(page, t.kinds.minimalPair, ...add);
  await form.getByLabel(t.word1, { exact: true }).fill("tak");
  await form.getByLabel(t.word2, { exact: true }).fill("takk");
  await form.getByLabel(t.rightAnswer, { exact: true }).first().check();

  form = await addItem(page, t.kinds.dialogue, ...add);
  await form.getByRole("button", { name: t.addSpeaker }).click();
  await form.getByLabel(t.speaker(1), { exact: true }).fill("Kari (leder)");
  await form.getByRole("button", { name: t.addSpeaker }).click();
  await form.getByLabel(t.speaker(2), { exact: true }).fill("Du");
  await form.locator(".speaker-row").nth(1).getByLabel(t.speakerLearner, { exact: true }).check();
  await form.getByRole("button", { name: t.addTurn }).click();
  await form.getByLabel(t.turnText, { exact: true }).fill("Kan du vaske rom 12 nå?");
  await form.getByRole("button", { name: t.addTurn }).click();
  await expect(form.getByLabel(t.turn(2), { exact: true })).toHaveValue("s2");
  await form.getByRole("button", { name: t.addReply }).click();
  await form.getByLabel(t.reply(1), { exact: true }).fill("Ja, det kan jeg.");
  await form.getByRole("button", { name: t.addReply }).click();
  await form.getByLabel(t.reply(2), { exact: true }).fill("Nei, takk.");
  await languages(form, t.whyWrong("Nei, takk."), {
    [t.uk]: "Так відмовляються від пропозиції, а керівниця просить виконати роботу.",
    [t.en]: "That turns down an offer; your manager is asking you to do a job.",
  });

  form = await addItem(page, t.kinds.message, ...add);
  await languages(form, t.task, {
    [t.uk]: "Напишіть керівникові, що ви захворіли й не прийдете на роботу.",
    [t.en]: "Write to your manager that you are ill and will not come to work.",
  });
  await form.getByLabel(t.model, { exact: true }).fill("Hei! Jeg er syk i dag og kommer ikke på jobb. Hilsen Olena");
  await languages(form, t.check(1), { [t.uk]: "Ви пишете, що захворіли.", [t.en]: "You say that you are ill." });

  form = await addItem(page, t.kinds.speaking, ...add);
  await form.getByLabel(t.sayText, { exact: true }).fill("God morgen!");

  form = await addItem(page, t.kinds.culture, ...add);
  await languages(form, t.cultureTitle, { [t.nb]: "Hansker", [t.uk]: "Рукавички", [t.en]: "Gloves" });
  await languages(form, t.cultureText, {
    [t.nb]: "Bruk hansker når du vasker toalettet.",
    [t.uk]: "Коли миєте унітаз, вдягайте рукавички.",
    [t.en]: "Wear gloves when you clean the toilet.",
  });

  form = await addItem(page, t.kinds.flashcard, ...add);
  await form.getByLabel(t.front, { exact: true }).fill("en svamp");
  await languages(form, t.back, { [t.uk]: "губка", [t.en]: "sponge" });
  await expect(page.getByTestId("item-row")).toHaveCount(31 + 13);
  expect(await seriousViolations(page)).toEqual([]);
  expect(await overflow(page)).toBe(0);

  // What is left is the pack's own: no description, no author.
  await expect(page.getByTestId("studio-problems")).toContainText(t.pack);
  await page.getByRole("button", { name: t.handOut }).click();
  await expect(page.getByTestId("hand-out-blocked")).toBeVisible();
  // Not for learners yet, but it can be saved as a file as it is, to go on elsewhere.
  const [draftDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: t.draftFile }).click(),
  ]);
  expect(draftDownload.suggestedFilename()).toBe("a1-utstyr-pa-vaskerommet-utkast.zip");
  const draftFile = unzipNames(readFileSync(await draftDownload.path()));
  expect(draftFile).toEqual(expect.arrayContaining(["a1-utstyr-pa-vaskerommet.toml"]));
  expect(draftFile.filter((name) => name.startsWith("lyd/"))).toHaveLength(1);
  await page.getByRole("button", { name: t.details }).click();
  // Each at its field: the description in each language, the authors.
  const about = page.getByRole("group", { name: t.description });
  const authors = page.getByRole("group", { name: t.authors });
  await expect(about.locator(".field", { has: page.getByLabel(t.uk, { exact: true }) }).getByTestId("problems-here")).toBeVisible();
  await expect(authors.getByTestId("problems-here")).toBeVisible();
  await languages(page.locator("main"), t.description, {
    [t.nb]: "Ord for utstyret du bruker når du vasker.",
    [t.uk]: "Слова про обладнання, яким ви прибираєте.",
    [t.en]: "Words for the equipment you clean with.",
  });
  await page.getByRole("button", { name: t.addAuthor }).click();
  await page.getByLabel(t.entry(t.authors, 1), { exact: true }).fill("Ingrid Hansen");
  await expect(page.getByTestId("studio-ready")).toHaveText(t.ready);
  await expect(page.locator("main").getByTestId("problems-here")).toHaveCount(0);

  // Saved as typed: a reload finds it all.
  await expect(page.getByTestId("save-status")).toContainText(t.saved);
  await page.reload();
  await appReady(page);
  // The title in the teacher's own language.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE[t.lang]);
  await expect(page.getByTestId("studio-ready")).toBeVisible();
  await page.getByRole("button", { name: t.exercises, exact: true }).click();
  await expect(page.getByTestId("item-row")).toHaveCount(44);

  // Handed out as a file, which a learner on another phone adds.
  await page.getByRole("button", { name: t.handOut }).click();
  expect(await seriousViolations(page)).toEqual([]);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: t.exportZip }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("a1-utstyr-pa-vaskerommet.zip");
  const zipped = readFileSync(await download.path());
  expect(zipped.subarray(0, 2).toString()).toBe("PK");

  const phone = await browser.newContext({ locale: "uk-UA", viewport: { width: 360, height: 740 } });
  const learner = await phone.newPage();
  await learner.goto("/share.html#add");
  await appReady(learner);
  await learner.getByLabel("Файл набору", { exact: true }).setInputFiles(file("a1-utstyr-pa-vaskerommet.zip", zipped));
  await expect(learner.getByTestId("add-offer")).toContainText(TITLE.uk);
  await expect(learner.getByTestId("add-authors")).toHaveText("Автори: Ingrid Hansen");
  await learner.getByRole("button", { name: "Зберегти набір" }).click();
  await learner.getByRole("link", { name: "Відкрити набір" }).click();
  await appReady(learner);
  await expect(learner.getByRole("heading", { level: 1 })).toHaveText(TITLE.uk);
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
  await page.getByRole("link", { name: t.allDrafts }).click();
  await appReady(page);
  await page.getByLabel(t.packFile, { exact: true }).setInputFiles(file("a1-utstyr-pa-vaskerommet.zip", zipped));
  await expect(page).toHaveURL(/#draft\//);
  expect(page.url()).not.toBe(first);
  await expect(page.getByLabel(t.version, { exact: true })).toHaveValue("1.0.1");
  await page.getByRole("button", { name: t.words, exact: true }).click();
  await expect(page.getByTestId("word-row").first().getByTestId("recording-size")).toHaveText(t.recordSize);
}
