import { readFileSync } from "node:fs";
import { devices, type Page } from "@playwright/test";
import { test, expect, appReady, seriousViolations, smallTouchTargets } from "./fixtures";
import { scanQr } from "./qr";

// A mentor and a learner, each in their own browser with its own storage:
// an assignment goes out as a link, a report comes back as one.

const exported = new URL("../../target/e2e-packs/", import.meta.url);
const HELSE = "helse-a1-hilse-beboer";
const MALTIDER = "helse-a2-maltider";
const catalog = JSON.parse(readFileSync(new URL("../../dist/exercises/catalog.json", import.meta.url), "utf8"));
const helseItems: number = catalog.packs.find((p: { id: string }) => p.id === HELSE).item_count;

/** Serves HELSE as three flashcards and MALTIDER as none, so a review is short. */
async function shortPacks(page: Page) {
  const pack = JSON.parse(readFileSync(new URL("helse/a1-player.json", exported), "utf8"));
  const card = pack.items.find((item: { kind: string }) => item.kind === "flashcard");
  const serve = (path: string, id: string, fronts: string[]) =>
    page.route(`**/exercises/${path}.json`, (route) => {
      const items = fronts.map((front, n) => ({ ...card, id: `kort-0${n + 1}`, front }));
      const body = JSON.stringify({ ...pack, pack: { ...pack.pack, id }, items });
      return route.fulfill({ contentType: "application/json", body });
    });
  await serve("helse/a1-hilse-beboer", HELSE, ["et håndkle", "en tannbørste", "en kam"]);
  await serve("helse/a2-maltider", MALTIDER, []);
}

/** Mentor mode: an assignment of `packs` from Ingrid, and its link. */
async function makeAssignment(page: Page, packs: string[]): Promise<string> {
  await page.goto("/share.html#mentor");
  await appReady(page);
  await page.getByLabel("Your name, as the learners know you").fill("Ingrid Haugen");
  for (const id of packs) await page.locator(`input[name=pack][value="${id}"]`).check();
  await page.getByLabel("A note to the learners (optional)").fill("Øv på disse før fredag.");
  await page.getByRole("button", { name: "Make the link" }).click();
  const made = page.getByTestId("made");
  await expect(made).toBeVisible();
  return made.getByTestId("link").inputValue();
}

test.use({ locale: "en-GB", timezoneId: "Europe/Oslo" });

test("a mentor assigns packs, the learner practises and reports back, the mentor sees it", async ({
  page: mentor,
  browser,
  baseURL,
}) => {
  // The whole loop in two browsers, with two QR codes read from
  // screenshots and four accessibility scans: 20–25 s on an idle
  // two-core machine, too close to the 30 s a single screen gets.
  test.slow();
  // The mentor finds mentor mode in the settings.
  await mentor.goto("/settings");
  await appReady(mentor);
  await mentor.getByRole("link", { name: "Mentor mode" }).click();
  await expect(mentor).toHaveURL("/share.html#mentor");
  await appReady(mentor);
  await expect(mentor.getByRole("heading", { level: 1 })).toHaveText("Mentor mode");
  // A link needs a name and a pack.
  await mentor.getByRole("button", { name: "Make the link" }).click();
  await expect(mentor.getByRole("alert")).toHaveText("Write a name of 1 to 60 characters, without < or >.");

  const link = await makeAssignment(mentor, [HELSE, MALTIDER]);
  expect(link.startsWith(`${baseURL}/share.html#`)).toBe(true);
  expect(await scanQr(mentor)).toBe(link);
  expect(await seriousViolations(mentor)).toEqual([]);
  expect(await smallTouchTargets(mentor)).toEqual([]);

  // The learner, on another phone.
  const learnerContext = await browser.newContext({
    ...devices["Pixel 5"],
    viewport: { width: 360, height: 740 },
    locale: "en-GB",
    timezoneId: "Europe/Oslo",
    baseURL,
  });
  const learner = await learnerContext.newPage();
  await shortPacks(learner);
  await learner.goto(link);
  await appReady(learner);
  const offer = learner.getByTestId("assignment");
  await expect(offer).toContainText("From Ingrid Haugen");
  await expect(offer).toContainText("Øv på disse før fredag.");
  await expect(offer.getByRole("listitem")).toHaveCount(2);
  expect(await learner.evaluate(() => localStorage.getItem("bransjenorsk.v1.assignments"))).toBeNull();
  await learner.getByRole("button", { name: "Accept the assignment" }).click();
  await expect(learner.getByTestId("accepted")).toContainText("Accepted.");
  await learner.getByRole("link", { name: "Go to the home screen" }).click();
  await appReady(learner);
  const assigned = learner.getByTestId("assigned");
  await expect(assigned).toContainText("From Ingrid Haugen");
  await expect(assigned).toContainText(`0 of ${helseItems} practised`);

  // The assigned pack comes first in the review.
  await assigned.getByRole("link", { name: "Start review" }).click();
  for (const front of ["et håndkle", "en tannbørste", "en kam"]) {
    await expect(learner.locator(".card-front")).toHaveText(front);
    await learner.getByRole("button", { name: "Show the meaning" }).click();
    await learner.getByRole("button", { name: "I know it" }).click();
  }
  await learner.getByRole("link", { name: "Back to start" }).click();
  await expect(assigned).toContainText(`3 of ${helseItems} practised`);

  // The report: the learner sees all it holds before sending it.
  await assigned.getByRole("link", { name: "Send a report" }).click();
  await appReady(learner);
  await learner.getByLabel("Your name, as your mentor knows you").fill("Olena");
  await learner.getByRole("button", { name: "Make the report" }).click();
  const report = learner.getByTestId("report");
  await expect(report).toContainText("Olena");
  await expect(report.getByRole("listitem")).toHaveCount(2);
  await expect(report.getByRole("listitem").first()).toContainText(`3 of ${helseItems} practised · 100 % right`);
  await expect(report.getByRole("listitem").last()).toContainText("0 of");
  const reportLink = await learner.getByTestId("link").inputValue();
  expect(reportLink.startsWith(`${baseURL}/share.html#mentor/`)).toBe(true);
  expect(await scanQr(learner)).toBe(reportLink);
  expect(await seriousViolations(learner)).toEqual([]);
  const [saved] = await Promise.all([
    learner.waitForEvent("download"),
    learner.getByRole("button", { name: "Save as a file" }).click(),
  ]);
  const reportFile = test.info().outputPath("report.txt");
  await saved.saveAs(reportFile);
  expect(readFileSync(reportFile, "utf8").trim()).toBe(reportLink);
  // A report opened as a learner keeps nothing.
  const before = await learner.evaluate(() => localStorage.getItem("bransjenorsk.v1.assignments"));
  await learner.goto(reportLink.replace("#mentor/", "#"));
  await appReady(learner);
  await expect(learner.getByTestId("link-problem")).toContainText("This link is a report for a language mentor");
  expect(await learner.evaluate(() => localStorage.getItem("bransjenorsk.v1.assignments"))).toBe(before);
  await learnerContext.close();

  // The mentor opens the file first: the same report.
  await mentor.goto("/share.html#mentor");
  await appReady(mentor);
  await mentor.getByLabel("Or choose a report file").setInputFiles(reportFile);
  await expect(mentor.getByTestId("report")).toContainText("Olena");

  // The mentor opens the report and keeps it.
  await mentor.goto(reportLink);
  await appReady(mentor);
  await expect(mentor.getByTestId("report")).toContainText("Olena");
  expect(await smallTouchTargets(mentor)).toEqual([]);
  await mentor.getByRole("button", { name: "Add to your table" }).click();
  await expect(mentor.getByTestId("report-added")).toBeVisible();
  await mentor.getByRole("link", { name: "Go to your table" }).click();
  const table = mentor.getByTestId("mentor-table");
  await expect(table.getByRole("row", { name: /Olena/ })).toContainText(`3 of ${helseItems} practised`);
  await expect(mentor.getByRole("columnheader", { name: "Greeting the residents" })).toBeVisible();
  // The table scrolls inside its card, and says so; the page never
  // scrolls sideways.
  expect(await mentor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expect(mentor.getByTestId("table-scroll-hint")).toBeVisible();
  expect(await seriousViolations(mentor)).toEqual([]);
  expect(await smallTouchTargets(mentor)).toEqual([]);

  // Kept for the mentor's own records, as CSV.
  const [download] = await Promise.all([
    mentor.waitForEvent("download"),
    mentor.getByRole("button", { name: "Export as CSV" }).click(),
  ]);
  const csv = readFileSync((await download.path())!, "utf8");
  expect(csv.split("\r\n")[0]).toMatch(/^Learner,Report date,Assignment from,/);
  expect(csv).toContain(`Olena,`);
  expect(csv).toContain(`,Ingrid Haugen,`);
  expect(csv).toContain(`,${HELSE},`);

  // And can remove a learner's data.
  await table.getByRole("button", { name: /Remove the learner’s data/ }).click();
  await table.getByRole("button", { name: "Remove all their reports" }).click();
  await expect(table).toContainText("No reports yet.");
  const stored = await mentor.evaluate(() => localStorage.getItem("bransjenorsk.v1.mentor"));
  expect(stored!.trim().split("\n")).toHaveLength(1);
});

test("a link cut short, changed or sent to the wrong person changes nothing", async ({ page, baseURL }) => {
  const link = await makeAssignment(page, [HELSE]);
  const payload = link.split("#")[1];
  await page.evaluate(() => localStorage.clear());
  for (const [bad, message] of [
    [link.slice(0, link.length - 10), "The link is damaged"],
    [`${baseURL}/share.html#${payload.slice(0, 20)}x${payload.slice(21)}`, "The link is damaged"],
    [`${baseURL}/share.html`, "The link is incomplete"],
    [`${baseURL}/share.html#mentor/${payload}`, "This link is an assignment for a learner"],
  ]) {
    await page.goto(bad);
    await appReady(page);
    await expect(page.getByTestId("link-problem")).toContainText(message);
  }
  // The learner's way in names what the mentor sent.
  await page.getByRole("link", { name: "Open it as a learner" }).click();
  await expect(page.getByTestId("assignment")).toContainText("From Ingrid Haugen");
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
});

test("a mentor can give some of a pack's exercises", async ({ page }) => {
  await page.goto("/share.html#mentor");
  await appReady(page);
  await page.getByLabel("Your name, as the learners know you").fill("Ingrid");
  await page.locator(`input[name=pack][value="${HELSE}"]`).check();
  await page.getByRole("button", { name: "Choose exercises (all unless you choose)" }).click();
  const items = page.locator("input[name=item]");
  await expect(items).toHaveCount(helseItems);
  await items.nth(0).check();
  await items.nth(2).check();
  await page.getByRole("button", { name: "Make the link" }).click();
  const link = await page.getByTestId("made").getByTestId("link").inputValue();
  await page.goto(link);
  await appReady(page);
  await expect(page.getByTestId("assignment")).toContainText(`2 of ${helseItems} exercises`);
  await page.getByRole("button", { name: "Accept the assignment" }).click();
  await page.getByRole("link", { name: "Go to the home screen" }).click();
  await expect(page.getByTestId("assigned")).toContainText("0 of 2 practised");
});

test.describe("in Ukrainian", () => {
  test.use({ locale: "uk-UA" });
  test("assignments from two mentors live side by side, and one can be removed", async ({ page }) => {
    const links = [await makeAssignmentIn(page, "Ingrid Haugen", HELSE), await makeAssignmentIn(page, "Тарас", MALTIDER)];
    await page.evaluate(() => localStorage.removeItem("bransjenorsk.v1.mentor"));
    for (const link of links) {
      await page.goto(link);
      await appReady(page);
      await page.getByRole("button", { name: "Прийняти завдання" }).click();
      await expect(page.getByTestId("accepted")).toBeVisible();
    }
    await expect(page.getByTestId("assignment")).toContainText("Від: Тарас");
    await page.getByRole("link", { name: "На головну" }).click();
    await appReady(page);
    const assigned = page.getByTestId("assigned");
    await expect(assigned).toHaveCount(2);
    // The newest first.
    await expect(assigned.first()).toContainText("Від: Тарас");
    await expect(assigned.last()).toContainText("Опрацьовано 0 з");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await smallTouchTargets(page)).toEqual([]);
    const ingrid = assigned.filter({ hasText: "Ingrid Haugen" });
    await ingrid.getByRole("button", { name: "Видалити завдання" }).click();
    await ingrid.getByRole("button", { name: "Видалити", exact: true }).click();
    await expect(assigned).toHaveCount(1);
    await expect(assigned).toContainText("Від: Тарас");
    const stored = await page.evaluate(() => localStorage.getItem("bransjenorsk.v1.assignments"));
    expect(stored!.trim().split("\n")).toHaveLength(1);
  });
});

test("the link goes to the phone's share sheet or the clipboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.addInitScript(() => {
    const shared: unknown[] = [];
    (window as unknown as { shared: unknown[] }).shared = shared;
    Object.defineProperty(navigator, "share", { value: async (data: unknown) => void shared.push(data) });
  });
  const link = await makeAssignment(page, [HELSE]);
  await page.getByRole("button", { name: "Share …" }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { shared: { url: string }[] }).shared))
    .toEqual([{ text: "Bransjenorsk", url: link }]);
  await page.getByRole("button", { name: "Copy the link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The link is copied." })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
});

/** `makeAssignment` with the form in Ukrainian: from `name`, one pack. */
async function makeAssignmentIn(page: Page, name: string, pack: string): Promise<string> {
  // A fresh form each time, not the one already on the page.
  await page.goto("about:blank");
  await page.goto("/share.html#mentor");
  await appReady(page);
  await page.getByLabel("Ваше ім’я, під яким вас знають учасники").fill(name);
  await page.locator(`input[name=pack][value="${pack}"]`).check();
  await page.getByRole("button", { name: "Створити посилання" }).click();
  return page.getByTestId("made").getByTestId("link").inputValue();
}
