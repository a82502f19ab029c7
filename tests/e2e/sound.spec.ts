import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { test, expect, appReady, seriousViolations, smallTouchTargets } from "./fixtures";

// Headless Chromium has no voices at all: the no-voice path is what it shows
// unless a test lists voices through a stand-in for speechSynthesis.
const exported = new URL("../../target/e2e-packs/", import.meta.url);
const soundPack = () => JSON.parse(readFileSync(new URL("helse/a1-sound.json", exported), "utf8"));

const PACK = "helse-a1-hilse-beboer";
const PACK_PATH = "**/exercises/helse/a1-hilse-beboer.json";
const DESKTOP = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";

async function serve(page: Page, pack: object = soundPack()) {
  await page.route(PACK_PATH, (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(pack) }));
  await page.route("**/exercises/helse/lyd/*", (route) =>
    route.fulfill({ path: new URL(`helse/lyd/${route.request().url().split("/").pop()}`, exported).pathname }),
  );
}

/** Records every media element that plays to its end, by file name. */
function recordEnded() {
  const w = window as unknown as { ended: string[] };
  w.ended = [];
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
    this.addEventListener("ended", () => w.ended.push(this.src.startsWith("blob:") ? "blob" : this.src.split("/").pop()!));
    return play.call(this);
  };
}
const listenForPlayback = (page: Page) => page.addInitScript(recordEnded);
/** The same, for a page already open. */
const listenForPlaybackLate = (page: Page) => page.evaluate(recordEnded);
const ended = (page: Page) => page.evaluate(() => (window as unknown as { ended: string[] }).ended);

/** Whether a media element can load this address: the page policy lets
 * media, not fetch, read a recording's blob: address. */
const playable = (page: Page, url: string) =>
  page.evaluate(
    (url) =>
      new Promise<boolean>((resolve) => {
        const audio = new Audio();
        audio.addEventListener("loadedmetadata", () => resolve(true));
        audio.addEventListener("error", () => resolve(false));
        audio.src = url;
      }),
    url,
  );

/** Stands in for the browser's speech synthesis with these voices, and
 * records what is spoken, with which voice, language and rate. */
async function voices(page: Page, list: { name: string; lang: string }[], late = false) {
  await page.addInitScript(([list, late]) => {
    const w = window as unknown as { spoken: object[] };
    w.spoken = [];
    const made = list.map((v) => {
      const voice = Object.create(SpeechSynthesisVoice.prototype);
      for (const [key, value] of Object.entries({ ...v, voiceURI: v.name, localService: true, default: false })) {
        Object.defineProperty(voice, key, { value });
      }
      return voice;
    });
    const synthesis = Object.create(SpeechSynthesis.prototype);
    Object.defineProperties(synthesis, {
      onvoiceschanged: { value: null, writable: true },
      // Like Chrome: an empty list at first, then the voices and an event.
      getVoices: { value: () => (listed ? made : []) },
      cancel: { value: () => {} },
      speak: {
        value: (u: { text: string; lang: string; voice?: { name: string }; rate: number; onend?: () => void }) => {
          w.spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name, rate: u.rate });
          setTimeout(() => u.onend?.(), 200);
        },
      },
    });
    Object.defineProperty(window, "speechSynthesis", { value: synthesis, configurable: true });
    let listed = !late;
    if (late) {
      setTimeout(() => {
        listed = true;
        synthesis.onvoiceschanged?.(new Event("voiceschanged"));
      }, 700);
    }
    (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
      text: string;
      lang = "";
      voice = null;
      rate = 1;
      onend = null;
      onerror = null;
      constructor(text: string) {
        this.text = text;
      }
    };
  }, [list, late] as const);
}
const spoken = (page: Page) => page.evaluate(() => (window as unknown as { spoken: object[] }).spoken);

async function startPractice(page: Page) {
  await page.goto(`/pack/${PACK}`);
  await appReady(page);
  await page.getByRole("link", { name: "Start practising" }).click();
  await expect(page).toHaveURL(`/pack/${PACK}/practice`);
}

const heading = (page: Page) => page.locator("#item-heading");
const sheet = (page: Page) => page.locator(".feedback");

async function audit(page: Page) {
  expect(await seriousViolations(page)).toEqual([]);
  expect(await smallTouchTargets(page)).toEqual([]);
}

test.describe("on a device without a Norwegian voice", () => {
  test.use({ locale: "en-GB" });

  test("recordings play, as often as allowed; what cannot be heard is left out or says why", async ({ page }) => {
    await listenForPlayback(page);
    await serve(page);
    await startPractice(page);
    const note = page.getByRole("note");
    await expect(note).toContainText("One listening exercise is left out: this device has no Norwegian voice");
    await expect(note.getByRole("link", { name: "How to add a Norwegian voice" })).toHaveAttribute("href", "/help/voice");

    // Listening with a recording, played at most twice.
    await expect(heading(page)).toHaveText("Listen, then choose what you heard.");
    await expect(page.locator(".prompt")).toHaveCount(0);
    const play = page.getByRole("button", { name: "Play", exact: true });
    const slow = page.getByRole("button", { name: "Slowly" });
    await expect(page.locator(".plays-left")).toHaveText("Plays left: 2");
    await audit(page);
    await play.click();
    await expect(page.locator(".plays-left")).toHaveText("Plays left: 1");
    await expect.poll(() => ended(page)).toEqual(["kaffe.ogg"]);
    await expect(play).toBeEnabled();
    await slow.click();
    await expect.poll(() => ended(page)).toEqual(["kaffe.ogg", "kaffe.ogg"]);
    await expect(page.locator(".plays-left")).toHaveText("Plays left: 0");
    await expect(play).toBeDisabled();
    await expect(slow).toBeDisabled();
    await page.getByRole("button", { name: "Vil du ha kaffe?" }).click();
    await expect(sheet(page)).toContainText("Correct!");
    await sheet(page).getByRole("button", { name: "Continue" }).click();

    // The dictation has no recording and there is no voice: left out. Next,
    // the minimal pair.
    await expect(heading(page)).toHaveText("Listen. Which word do you hear?");
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await expect.poll(() => ended(page)).toContain("syk.ogg");
    await page.getByRole("button", { name: "sik" }).click();
    await expect(sheet(page)).toContainText("Not quite.");
    await expect(sheet(page)).toContainText("The answer: syk");
    await sheet(page).getByRole("button", { name: "Continue" }).click();

    // A flashcard has no recording: its speaker says there is no voice.
    const noVoice = page.getByRole("button", { name: "No Norwegian voice" });
    await expect(noVoice).toHaveAttribute("aria-expanded", "false");
    await noVoice.click();
    await expect(page.locator(".no-voice")).toContainText("This device has no Norwegian voice, so it cannot read this aloud.");
    await expect(page.locator(".no-voice").getByRole("link")).toHaveAttribute("href", "/help/voice");
    await audit(page);
    await page.getByRole("button", { name: "Show the meaning" }).click();
    await page.getByRole("button", { name: "I know it" }).click();

    // Speaking can be skipped; a skipped item is not counted.
    await expect(heading(page)).toHaveText("Listen, then say it aloud and record yourself.");
    await expect(page.locator(".speak-text")).toHaveText("Hei, jeg heter Olena.");
    await expect(page.locator(".player-count")).toHaveText("2 / 4");
    await page.getByRole("button", { name: "Skip this exercise" }).click();
    await expect(page.locator(".player-count")).toHaveText("2 / 3");
    // The missed minimal pair comes back.
    await expect(heading(page)).toHaveText("Listen. Which word do you hear?");
    await page.getByRole("button", { name: "syk", exact: true }).click();
    await sheet(page).getByRole("button", { name: "Continue" }).click();
    await expect(heading(page)).toHaveText("Session complete");
    await expect(page.locator(".summary")).toContainText("Right on the first try: 2 of 3.");
  });

  test("with a Norwegian interface, the speaker speaks up in the learner's Ukrainian", async ({ page }) => {
    await page.addInitScript(() => {
      localStorage.setItem("bransjenorsk.v1.lang", JSON.stringify("nb"));
      localStorage.setItem("bransjenorsk.v1.support", JSON.stringify("uk"));
    });
    const pack = soundPack();
    pack.items = pack.items.filter((item: { kind: string }) => item.kind === "flashcard");
    await serve(page, pack);
    await page.goto(`/pack/${PACK}`);
    await appReady(page);
    // The word list: a recorded word can be heard even without a voice.
    await listenForPlaybackLate(page);
    await page.locator(".vocab-item").getByRole("button", { name: "Lytt" }).click();
    await expect.poll(() => ended(page)).toEqual(["handkle.ogg"]);

    await page.getByRole("link", { name: "Begynn å øve" }).click();
    const noVoice = page.getByRole("button", { name: "Немає норвезького голосу" });
    await expect(noVoice).toHaveAttribute("lang", "uk");
    await noVoice.click();
    await expect(page.locator(".no-voice")).toHaveAttribute("lang", "uk");
    await page.locator(".no-voice").getByRole("link", { name: "Як додати норвезький голос" }).click();
    await expect(page).toHaveURL("/help/voice");
    await expect(page.getByTestId("device-voice")).toHaveText(
      "Denne enheten har ingen norsk stemme. Følg trinnene nedenfor for å legge til en.",
    );
    await expect(page.getByRole("heading", { name: "Android" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Test stemmen" })).toHaveCount(0);
    await audit(page);
  });
});

test.describe("with a Norwegian voice", () => {
  test.use({ locale: "en-GB", userAgent: DESKTOP });

  test("the voice reads what has no recording, in Norwegian, slowly when asked", async ({ page }) => {
    await voices(page, [
      { name: "English (US)", lang: "en-US" },
      { name: "Test Bokmål", lang: "nb-NO" },
    ]);
    await listenForPlayback(page);
    const pack = soundPack();
    pack.items = pack.items.filter((item: { id: string }) => ["lytt-01", "lytt-02"].includes(item.id));
    await serve(page, pack);
    await startPractice(page);
    await expect(page.getByRole("note")).toHaveCount(0);
    // A recording is played as it is, not read by the voice.
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await expect.poll(() => ended(page)).toEqual(["kaffe.ogg"]);
    expect(await spoken(page)).toEqual([]);
    await page.getByRole("button", { name: "Vil du ha kaffe?" }).click();
    await sheet(page).getByRole("button", { name: "Continue" }).click();

    // Dictation without a recording: the Norwegian voice reads it.
    await expect(heading(page)).toHaveText("Listen, then write what you heard.");
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await expect(page.locator(".plays-left")).toHaveCount(0);
    await expect.poll(() => spoken(page)).toEqual([{ text: "Her er et håndkle.", lang: "nb-NO", voice: "Test Bokmål", rate: 1 }]);
    await page.getByRole("button", { name: "Slowly" }).click();
    await expect.poll(async () => (await spoken(page)).length).toBe(2);
    const slow = (await spoken(page))[1] as { rate: number; lang: string };
    expect(slow.rate).toBeCloseTo(0.7);
    expect(slow.lang).toBe("nb-NO");
    await page.getByLabel("Your answer").fill("Her er et håndkle");
    await page.getByRole("button", { name: "Check" }).click();
    await expect(sheet(page)).toContainText("Correct!");
  });

  test("voices listed a moment after start are waited for", async ({ page }) => {
    await voices(page, [{ name: "Test Bokmål", lang: "nb-NO" }], true);
    await serve(page);
    await page.goto(`/pack/${PACK}/practice`);
    await appReady(page);
    await expect(heading(page)).toHaveText("Listen, then choose what you heard.");
    await expect(page.getByRole("note")).toHaveCount(0);
  });

  test("an English voice alone is no voice: Norwegian is never read in English", async ({ page }) => {
    await voices(page, [{ name: "English (US)", lang: "en-US" }]);
    await serve(page);
    await startPractice(page);
    await expect(page.getByRole("note")).toContainText("One listening exercise is left out");
    expect(await spoken(page)).toEqual([]);
  });
});

test.describe("with a recording that cannot be loaded", () => {
  test.use({ locale: "en-GB", userAgent: DESKTOP, expectedConsoleErrors: /status of 404/ });

  test("the Norwegian voice reads it instead, once", async ({ page }) => {
    await voices(page, [{ name: "Test Bokmål", lang: "nb-NO" }]);
    await serve(page);
    await page.route("**/exercises/helse/lyd/kaffe.ogg", (route) => route.fulfill({ status: 404 }));
    await startPractice(page);
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await expect.poll(() => spoken(page)).toEqual([{ text: "Vil du ha kaffe?", lang: "nb-NO", voice: "Test Bokmål", rate: 1 }]);
    await expect(page.locator(".say-button.playing")).toHaveCount(0);
    await page.waitForTimeout(300);
    expect(await spoken(page)).toHaveLength(1);
  });
});

test.describe("on Android, where a listed voice may not be installed", () => {
  test.use({ locale: "en-GB" });

  test("the voice counts only after the learner has heard it speak Norwegian", async ({ page }) => {
    await voices(page, [
      { name: "English United States", lang: "en-US" },
      { name: "Norwegian Bokmål Norway", lang: "nb-NO" },
    ]);
    await serve(page);
    await startPractice(page);
    await expect(page.getByRole("note")).toContainText("One listening exercise is left out");
    await page.getByRole("link", { name: "How to add a Norwegian voice" }).click();
    const status = page.getByTestId("device-voice");
    await expect(status).toHaveText("This phone lists a Norwegian voice, but it may not be installed. Test it below.");
    await audit(page);

    await page.getByRole("button", { name: "Play a Norwegian sentence" }).click();
    await expect.poll(() => spoken(page)).toEqual([
      { text: "Hei! Jeg snakker norsk. Kan du høre meg?", lang: "nb-NO", voice: "Norwegian Bokmål Norway", rate: 1 },
    ]);
    await page.getByRole("button", { name: "No, it sounded like English or another language" }).click();
    await expect(status).toHaveText("This device has no Norwegian voice. Follow the steps below to add one.");

    // After installing the voice, the learner tests again.
    await page.getByRole("button", { name: "Play a Norwegian sentence" }).click();
    await page.getByRole("button", { name: "Yes, Norwegian" }).click();
    await expect(status).toHaveText("This device has a Norwegian voice: Norwegian Bokmål Norway.");
    await page.reload();
    await appReady(page);
    await expect(status).toHaveText("This device has a Norwegian voice: Norwegian Bokmål Norway.");
    await page.goto(`/pack/${PACK}/practice`);
    await appReady(page);
    await expect(heading(page)).toHaveText("Listen, then choose what you heard.");
    await expect(page.getByRole("note")).toHaveCount(0);
  });
});

test.describe("with sound turned off", () => {
  test.use({ locale: "en-GB" });

  test("listening and speaking are left out and nothing offers sound", async ({ page }) => {
    await serve(page);
    await page.goto("/settings");
    await appReady(page);
    const setting = page.getByLabel("Play sound (Norwegian read aloud, listening and speaking exercises)");
    await expect(setting).toBeChecked();
    await setting.uncheck();
    await page.reload();
    await appReady(page);
    await expect(setting).not.toBeChecked();
    await startPractice(page);
    await expect(page.getByRole("note")).toHaveText(
      "4 listening and speaking exercises are left out because sound is off. Settings",
    );
    await expect(page.locator(".say-button")).toHaveCount(0);
    await expect(page.locator(".card-front")).toHaveText("et håndkle");
  });
});

test.describe("speaking, with a microphone", () => {
  // The test asks for the recording after it is gone, which Chromium logs.
  test.use({ locale: "en-GB", expectedConsoleErrors: /ERR_FILE_NOT_FOUND/ });

  test("record yourself, hear the model and yourself, rate; the recording is gone after", async ({ page }) => {
    // Two accessibility scans and sound played in real time.
    test.slow();
    await listenForPlayback(page);
    const pack = soundPack();
    pack.items = pack.items.filter((item: { kind: string }) => item.kind === "speaking");
    await serve(page, pack);
    await startPractice(page);
    await expect(page.locator(".speak-text")).toHaveText("Hei, jeg heter Olena.");
    await expect(page.locator(".speak-text > [lang=nb]")).toHaveText("Hei, jeg heter Olena.");
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await expect.poll(() => ended(page)).toEqual(["hei.ogg"]);

    await page.getByRole("button", { name: "Record yourself" }).click();
    await expect(page.getByText("Recording… say the sentence now.")).toBeVisible();
    await audit(page);
    await page.getByRole("button", { name: "Stop recording" }).click();
    // That take lasted as long as the audit; a short one replaces it.
    await page.getByRole("button", { name: "Record again" }).click();
    await expect(page.getByText("Recording… say the sentence now.")).toBeVisible();
    await page.waitForTimeout(1200);
    await page.getByRole("button", { name: "Stop recording" }).click();
    await page.getByRole("button", { name: "Hear both" }).click();
    await expect.poll(() => ended(page), { timeout: 15000 }).toEqual(["hei.ogg", "hei.ogg", "blob"]);
    const save = page.getByRole("link", { name: "Save my recording" });
    await expect(save).toHaveAttribute("download", /^bransjenorsk\.(webm|ogg|m4a)$/);
    const href = (await save.getAttribute("href"))!;
    expect(href).toMatch(/^blob:/);
    expect(await playable(page, href)).toBe(true);
    await audit(page);

    await page.getByRole("button", { name: "Sounds right" }).click();
    await expect(heading(page)).toHaveText("Everything right. Well done!");
    // Nothing is kept: the recording's address no longer answers.
    expect(await playable(page, href)).toBe(false);
  });
});

test.describe("speaking, without a microphone", () => {
  test.use({ locale: "en-GB" });

  for (const [name, script, message] of [
    [
      "refused",
      () => {
        navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException("denied", "NotAllowedError"));
      },
      "The microphone is blocked.",
    ],
    [
      "missing",
      () => {
        Object.defineProperty(navigator, "mediaDevices", { value: undefined });
      },
      "This device cannot record sound. You can skip this exercise.",
    ],
  ] as const) {
    test(`a ${name} microphone is explained, and the item can be skipped`, async ({ page }) => {
      await page.addInitScript(script);
      const pack = soundPack();
      pack.items = pack.items.filter((item: { kind: string }) => ["speaking", "flashcard"].includes(item.kind));
      await serve(page, pack);
      await startPractice(page);
      await page.getByRole("button", { name: "Show the meaning" }).click();
      await page.getByRole("button", { name: "I know it" }).click();
      await page.getByRole("button", { name: "Record yourself" }).click();
      await expect(page.getByRole("alert")).toContainText(message);
      await page.getByRole("button", { name: "Skip this exercise" }).click();
      await expect(heading(page)).toHaveText("Everything right. Well done!");
    });
  }
});
