// A teacher's pack as it reaches a learner from outside the app, and the
// steps the tests take with it.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "@playwright/test";
import { expect, appReady } from "./fixtures";

export const TOML = readFileSync(resolve(import.meta.dirname, "../packs/teacher/morgenstell.toml"), "utf8");
export const ID = "ks-morgenstell";

export const file = (name: string, content: string | Buffer) => ({
  name,
  mimeType: name.endsWith(".zip") ? "application/zip" : "text/plain",
  buffer: typeof content === "string" ? Buffer.from(content) : content,
});

/** Opens "Add a pack" and chooses `content` as the file labelled `label`. */
export async function choose(page: Page, label: string, content: ReturnType<typeof file>) {
  // A fresh page each time, as a learner who comes back to add another.
  if (page.url().endsWith("/share.html#add")) await page.reload();
  else await page.goto("/share.html#add");
  await appReady(page);
  await page.getByLabel(label).setInputFiles(content);
}

/** Turns each of the `cards` cards of a practice run and says it was known. */
export async function knowEveryCard(page: Page, show: string, know: string, cards = 3) {
  for (let card = 0; card < cards; card++) {
    await page.getByRole("button", { name: show }).click();
    await page.getByRole("button", { name: know, exact: true }).click();
  }
  await expect(page.getByRole("button", { name: show })).toHaveCount(0);
}

/** The packs listed under "My packs" on the home screen. */
export const myPacks = (page: Page) => page.getByTestId("my-packs").getByRole("link");

/** The first five characters of the address of the next recording that
 *  plays to its end: "blob:" for one kept on the device. */
export function nextPlayback(page: Page) {
  return page.evaluate(
    () =>
      new Promise<string>((done) => {
        const play = HTMLMediaElement.prototype.play;
        HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
          this.addEventListener("ended", () => done(this.src.slice(0, 5)));
          return play.call(this);
        };
      }),
  );
}
