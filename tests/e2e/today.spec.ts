import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { test, expect, appReady, seriousViolations, smallTouchTargets } from "./fixtures";

// "Today" on the home screen and a review across packs.

const exported = new URL("../../target/e2e-packs/", import.meta.url);
const HELSE = "helse-a1-hilse-beboer";
const RENHOLD = "renhold-a1-utstyr";
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** A pack of three flashcards under `id`, with these fronts. */
function cards(id: string, fronts: string[]): string {
  const pack = JSON.parse(readFileSync(new URL("helse/a1-player.json", exported), "utf8"));
  const card = pack.items.find((item: { kind: string }) => item.kind === "flashcard");
  pack.pack.id = id;
  pack.items = fronts.map((front, n) => ({ ...card, id: `kort-0${n + 1}`, front }));
  return JSON.stringify(pack);
}

async function serve(page: Page) {
  await page.route("**/exercises/helse/a1-hilse-beboer.json", (route) =>
    route.fulfill({ contentType: "application/json", body: cards(HELSE, ["et håndkle", "en tannbørste", "en kam"]) }),
  );
  await page.route("**/exercises/renhold/a1-utstyr.json", (route) =>
    route.fulfill({ contentType: "application/json", body: cards(RENHOLD, ["en mopp", "en bøtte", "en klut"]) }),
  );
}

/** An item answered Good once, `ago` before now, due `due` after that. */
function reviewed(now: number, ago: number, due: number) {
  const at = now - ago;
  return { seen: 1, right: 1, last: "good", at, memory: [at + due, at, 3.1262, 5.3146, 1, 0, "learning"] };
}

test.use({ locale: "en-GB", timezoneId: "Europe/Oslo" });

test("today says what is due; the review mixes packs, then adds new items within the daily limit", async ({
  page,
}) => {
  await serve(page);
  await page.goto("/about");
  await appReady(page);
  await page.evaluate(
    ({ HELSE, RENHOLD, items }) => {
      const yesterday = new Date(Date.now() - 86_400_000).toLocaleDateString("sv-SE");
      const progress = {
        schema: 2,
        items: {
          [`${HELSE}/kort-01`]: items.helse1,
          [`${HELSE}/kort-02`]: items.helse2,
          [`${HELSE}/kort-03`]: items.notDue,
          [`${RENHOLD}/kort-01`]: items.renhold1,
        },
        days: { [yesterday]: { answers: 4, new: 4, seconds: 200 } },
      };
      localStorage.setItem("bransjenorsk.v1.progress", JSON.stringify(progress));
      localStorage.setItem("bransjenorsk.v1.review", JSON.stringify({ retention: 0.9, new_per_day: 1 }));
    },
    {
      HELSE,
      RENHOLD,
      items: {
        helse1: reviewed(Date.now(), 3 * DAY, 10 * MINUTE),
        helse2: reviewed(Date.now(), 2 * DAY, 10 * MINUTE),
        renhold1: reviewed(Date.now(), 1 * DAY, 10 * MINUTE),
        notDue: reviewed(Date.now(), 1 * DAY, 5 * DAY),
      },
    },
  );
  await page.goto(`/pack/${HELSE}`);
  await appReady(page);
  await expect(page.locator(".practise")).toContainText("3 of 3 done");
  await expect(page.getByTestId("pack-memory")).toHaveText("Due for review: 2 · Mastered: 0");
  await page.goto("/");
  await appReady(page);
  const today = page.getByRole("region", { name: "Today" });
  await expect(today.getByTestId("today-due")).toHaveText(
    "3 exercises are due for review. Up to one new exercise today.",
  );
  await expect(today.getByTestId("today-streak")).toHaveText("One day of practice in a row.");
  await expect(today.locator("figcaption")).toHaveText("Last two weeks: 4 minutes of practice on one day.");
  expect(await seriousViolations(page)).toEqual([]);
  expect(await smallTouchTargets(page)).toEqual([]);

  await today.getByRole("link", { name: "Start review" }).click();
  await expect(page).toHaveURL("/review");
  // Longest overdue first, the packs taking turns; then one new item.
  for (const [front, count] of [
    ["et håndkle", "0 / 4"],
    ["en mopp", "1 / 4"],
    ["en tannbørste", "2 / 4"],
    ["en bøtte", "3 / 4"],
  ]) {
    await expect(page.locator(".card-front")).toHaveText(front);
    await expect(page.locator(".player-count")).toHaveText(count);
    await page.getByRole("button", { name: "Show the meaning" }).click();
    await page.getByRole("button", { name: "I know it" }).click();
  }
  await expect(page.locator("#item-heading")).toHaveText("Everything right. Well done!");
  await expect(page.getByRole("button", { name: "Practise again" })).toHaveCount(0);
  const saved = JSON.parse((await page.evaluate(() => localStorage.getItem("bransjenorsk.v1.progress")))!);
  expect(Object.keys(saved.items)).toContain(`${RENHOLD}/kort-02`);
  expect(saved.items[`${HELSE}/kort-01`].memory[0]).toBeGreaterThan(Date.now() + DAY);

  await page.getByRole("link", { name: "Back to start" }).click();
  await expect(today.getByTestId("today-due")).toHaveText("Nothing is due for review. No more new exercises today.");
  await expect(today.getByTestId("today-streak")).toHaveText("2 days of practice in a row.");
  await expect(today.locator("figcaption")).toContainText("on 2 days.");
  await today.getByRole("link", { name: "Start review" }).click();
  await expect(page.getByRole("status")).toContainText("Nothing to review right now");
  await expect(page.getByRole("link", { name: "Back to start" })).toBeVisible();
});

test("a learner who has not begun sees no Today", async ({ page }) => {
  await page.goto("/");
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("region", { name: "Today" })).toHaveCount(0);
});
