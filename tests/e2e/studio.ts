// Steps a teacher takes in the studio, shared by its tests.
import type { Page } from "@playwright/test";
import { expect, appReady } from "./fixtures";

// A picture of one pixel.
export const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

/** The names of the files in a .zip, read from its central directory. */
export function unzipNames(zip: Buffer): string[] {
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
export async function newPack(page: Page, t: { sector: string; begin: string }) {
  await page.goto("/studio.html");
  await appReady(page);
  await page.getByLabel(t.sector, { exact: true }).first().selectOption("renhold");
  await page.getByRole("button", { name: t.begin }).first().click();
  await expect(page).toHaveURL(/studio\.html#draft\/[0-9a-f]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

/** Adds an exercise of the kind named `kind` and returns its form. */
export async function addItem(page: Page, kind: string, add: string, label: string) {
  await page.getByLabel(label).selectOption({ label: kind });
  await page.getByRole("button", { name: add }).click();
  const form = page.locator("section.item-form");
  await expect(form.getByRole("heading", { level: 3 })).toHaveText(new RegExp(`^\\d+\\. ${kind}$`));
  return form;
}

/** Selects `word` in the field labelled `label`, as a mouse or keyboard would. */
export async function select(field: ReturnType<Page["getByLabel"]>, word: string) {
  await field.evaluate((element, word) => {
    const area = element as HTMLTextAreaElement;
    const at = area.value.indexOf(word);
    area.focus();
    area.setSelectionRange(at, at + word.length);
  }, word);
}

/** Fills a text in the languages given, in the group named `name`. */
export async function languages(scope: ReturnType<Page["locator"]>, name: string | RegExp, texts: Record<string, string>) {
  const group = scope.getByRole("group", { name, exact: typeof name === "string" });
  for (const [language, text] of Object.entries(texts)) await group.getByLabel(language, { exact: true }).fill(text);
}

/** The checker's questions and answers as `slowChecker` sees them. */
type Answers = { hold: boolean; held: (() => void)[]; asked: number; arrived: number };
declare global {
  interface Window {
    checkerAnswers: Answers;
  }
}

/**
 * Lets a test play a slow device: the checker's answers wait while held
 * and arrive, in order, when released. Counts the questions asked and the
 * answers arrived. Call before the page opens.
 */
export async function slowChecker(page: Page) {
  await page.addInitScript(() => {
    const answers: Answers = { hold: false, held: [], asked: 0, arrived: 0 };
    window.checkerAnswers = answers;
    const Real = window.Worker;
    window.Worker = class extends Real {
      postMessage(message: unknown, transfer: Transferable[] = []) {
        answers.asked += 1;
        super.postMessage(message, transfer);
      }
      set onmessage(listener: ((event: MessageEvent) => void) | null) {
        super.onmessage = listener && ((event: MessageEvent) => {
          // The worker's word that it listens answers no question.
          const ready = event.data === "ready";
          const deliver = () => {
            if (!ready) answers.arrived += 1;
            listener.call(this, event);
          };
          if (answers.hold && !ready) answers.held.push(deliver);
          else deliver();
        });
      }
      get onmessage() {
        return super.onmessage;
      }
    };
  });
  const asked = () => page.evaluate(() => window.checkerAnswers.asked);
  const arrived = () => page.evaluate(() => window.checkerAnswers.arrived);
  return {
    hold: () => page.evaluate(() => { window.checkerAnswers.hold = true; }),
    release: () => page.evaluate(() => {
      window.checkerAnswers.hold = false;
      window.checkerAnswers.held.splice(0).forEach((deliver) => deliver());
    }),
    asked,
    arrived,
    /** Waits until a question after the `seen` ones has been asked. */
    askedAfter: (seen: number) => expect.poll(asked).toBeGreaterThan(seen),
    /** Waits until the checker has been asked and every question has its answer. */
    answered: () => expect.poll(() => page.evaluate(() => {
      const { asked, arrived } = window.checkerAnswers;
      return asked > 0 && asked === arrived;
    })).toBe(true),
  };
}
