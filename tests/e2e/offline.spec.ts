// The app from the second visit on, without a network: its service worker
// serves the release it installed, and the packs the learner opened.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Page } from "@playwright/test";
import { test, expect, appReady, seriousViolations, smallTouchTargets } from "./fixtures";
import { ID, TOML, choose, file, knowEveryCard, myPacks } from "./teacher";

test.use({ serviceWorkers: "allow" });

/** A first visit to the home screen, until the service worker serves it. */
async function firstVisit(page: Page) {
  await page.goto("/");
  await appReady(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test.describe("without a network", () => {
  test.use({ expectedConsoleErrors: /ERR_INTERNET_DISCONNECTED|Failed to load resource/ });

  test("the app opens, opened and added packs are practised and saved, and a pack never opened says so", async ({
    page,
    context,
  }) => {
    test.slow();
    await firstVisit(page);
    // A bundled pack opened once, and a teacher's pack added.
    await page.goto("/pack/helse-a1-hilse-beboer");
    await appReady(page);
    await expect(page.locator(".vocab-item").first()).toBeVisible();
    await choose(page, "Pack file", file("morgenstell.toml", TOML));
    await page.getByRole("button", { name: "Keep this pack" }).click();
    await expect(page.getByTestId("add-kept")).toBeVisible();

    await context.setOffline(true);
    await page.goto("/");
    await appReady(page);
    await expect(page.getByTestId("offline")).toContainText("You are offline.");
    await expect(myPacks(page)).toHaveText([/^Morning care on ward 3/]);

    // The added pack is practised and its progress kept over a reload.
    await myPacks(page).click();
    await appReady(page);
    await page.getByRole("link", { name: "Start practising" }).click();
    await knowEveryCard(page, "Show the meaning", "I know it");
    await page.reload();
    await appReady(page);
    await page.goto(`/pack/${ID}`);
    await appReady(page);
    await expect(page.getByText("3 of 3 done")).toBeVisible();

    // The bundled pack opened before opens again; one never opened says so.
    await page.goto("/pack/helse-a1-hilse-beboer");
    await appReady(page);
    await expect(page.locator(".vocab-item").first()).toBeVisible();
    await page.getByRole("link", { name: "Start practising" }).click();
    await expect(page.locator(".player-item")).toBeVisible();
    await page.goto("/pack/renhold-a1-utstyr");
    await appReady(page);
    await expect(page.getByRole("alert")).toHaveText(
      /You are offline, and this pack is not kept on this device yet\. Open it once while you are online/,
    );

    // The sharing page, used once online, works too.
    await page.goto("/share.html#my-packs");
    await appReady(page);
    await expect(page.getByTestId("my-packs-list")).toContainText("Morning care on ward 3");

    // Back online, the notice goes.
    await context.setOffline(false);
    await expect(page.getByTestId("offline")).toHaveCount(0);
  });
});

test.describe("without a network, a page never opened", () => {
  test.use({ expectedConsoleErrors: /ERR_INTERNET_DISCONNECTED|Failed to load resource/ });

  test("says so in every language, with a way back to the app", async ({ page, context }) => {
    await firstVisit(page);
    await context.setOffline(true);
    await page.goto("/share.html#mentor");
    await expect(page.locator('p[lang="en"]')).toHaveText(
      "This page is not on this device yet: it is downloaded the first time you open it. Open it again when you are online.",
    );
    await expect(page.locator('p[lang="uk"]')).toContainText("Цієї сторінки ще немає на пристрої");
    await page.getByRole("link", { name: "Bransjenorsk" }).click();
    await appReady(page);
    await expect(page.getByTestId("offline")).toBeVisible();
  });
});

// Two releases on a host of their own: the one built, then the next, with
// a changed wasm and a new version of a pack.
const RELEASE_HOST = "http://127.0.0.1:8183";
const root = resolve(import.meta.dirname, "../..");
const released = join(root, "target/e2e-release");
const PACK = "helse-a1-hilse-beboer";

/** The pack's version in the release just built. */
function packVersion(): string {
  const catalog = JSON.parse(readFileSync(join(root, "dist/exercises/catalog.json"), "utf8"));
  return catalog.packs.find((pack: { id: string }) => pack.id === PACK).version;
}

/** The version the next release gives the pack: its major number raised. */
function nextVersion(): string {
  const [major, ...rest] = packVersion().split(".");
  return [Number(major) + 1, ...rest].join(".");
}

/** Puts the release just built on the release host. */
function publishFirst() {
  rmSync(released, { recursive: true, force: true });
  cpSync(join(root, "dist"), released, { recursive: true });
}

/** Publishes the next release: other wasm bytes (a custom section added),
 *  a new version of one pack, and the service worker written anew. */
function publishNext() {
  const wasm = readdirSync(released).find((name) => /^bransjenorsk-.*_bg\.wasm$/.test(name))!;
  const name = Buffer.from("next-release");
  const section = Buffer.concat([Buffer.from([0, name.length + 1, name.length]), name]);
  const bytes = Buffer.concat([readFileSync(join(released, wasm)), section]);
  writeFileSync(join(released, wasm), bytes);
  // The page names the wasm with its hash, which must match.
  const integrity = `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
  const index = join(released, "index.html");
  const page = readFileSync(index, "utf8");
  const named = new RegExp(`(${wasm.replace(/\./g, "\\.")}[^>]*?integrity=)sha384-[A-Za-z0-9+/=]+`);
  expect(page).toMatch(named);
  writeFileSync(index, page.replace(named, `$1${integrity}`));
  const versioned = (version: string) => `"id":"${PACK}","version":"${version}"`;
  const renamed = (text: string) =>
    text.replace(versioned(packVersion()), versioned(nextVersion())).replace("Greeting the residents", "Greeting the residents, new edition");
  for (const file of ["exercises/catalog.json", `exercises/helse/a1-hilse-beboer.json`]) {
    const path = join(released, file);
    const before = readFileSync(path, "utf8");
    expect(renamed(before)).not.toBe(before);
    writeFileSync(path, renamed(before));
  }
  execFileSync("node", [join(root, "service-worker.mjs")], {
    cwd: root,
    env: { ...process.env, TRUNK_STAGING_DIR: released },
  });
}

/** The items with progress saved. */
const savedItems = (page: Page) =>
  page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem("bransjenorsk.v1.progress") ?? "{}").items ?? {}));

/** Goes on in the session until an answer is saved (a note comes first). */
async function answerSomething(page: Page) {
  for (let step = 0; step < 5 && (await savedItems(page)).length === 0; step++) {
    const turn = page.getByRole("button", { name: "Show the meaning" });
    if (await turn.isVisible()) {
      await turn.click();
      await page.getByRole("button", { name: "I know it", exact: true }).click();
    } else {
      await page.getByRole("button", { name: "Continue" }).click();
    }
  }
  return savedItems(page);
}

test.describe("a new release", () => {
  test.use({ baseURL: RELEASE_HOST, foreignOrigins: [] });

  test("is found in the background, offered on the home screen after the session, and taken whole", async ({ page }) => {
    test.slow();
    publishFirst();
    await firstVisit(page);
    const firstRelease = await page.evaluate(() => caches.keys());

    // Mid-session when the next release is published and found.
    await page.goto(`/pack/${PACK}/practice`);
    await expect(page.locator(".player-item")).toBeVisible();
    publishNext();
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration!.update();
    });
    await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.waiting != null);
    // Nothing is offered in the middle of a session, and it goes on.
    await expect(page.getByTestId("update-ready")).toHaveCount(0);
    const answered = await answerSomething(page);
    expect(answered.length).toBeGreaterThan(0);

    // Until it is taken, every page is the first release's, catalog too,
    // though the server has the next.
    await page.goto("/sector/helse");
    await appReady(page);
    await expect(page.locator(".pack-card", { hasText: "Greeting the residents" })).not.toContainText("new edition");
    // On the home screen, the learner chooses when to take it.
    await page.goto("/");
    await appReady(page);
    await expect(page.getByTestId("update-ready")).toContainText("A new version of Bransjenorsk is ready.");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Update now" }).click();
    await page.waitForURL("/");
    await appReady(page);
    await expect(page.getByTestId("update-ready")).toHaveCount(0);
    const releases = (await page.evaluate(() => caches.keys())).filter((name) => name.startsWith("bransjenorsk-release-"));
    expect(releases).toHaveLength(1);
    expect(firstRelease).not.toContain(releases[0]);
    // Every file the page is built from is the new release's.
    const wasm = await page.evaluate(async () => {
      const cache = await caches.open((await caches.keys()).find((name) => name.startsWith("bransjenorsk-release-"))!);
      const keys = await cache.keys();
      const url = keys.map((key) => key.url).find((url) => url.endsWith("_bg.wasm"))!;
      return (await (await cache.match(url))!.arrayBuffer()).byteLength;
    });
    const file = readdirSync(released).find((name) => /^bransjenorsk-.*_bg\.wasm$/.test(name))!;
    expect(wasm).toBe(statSync(join(released, file)).size);

    // The pack's new version is fetched again; the progress on it stays.
    await page.goto(`/pack/${PACK}`);
    await appReady(page);
    await expect(page.locator("main h1")).toHaveText("Greeting the residents, new edition");
    // (The title comes from the catalog; the words from the pack file.)
    await expect(page.locator(".vocab-item").first()).toBeVisible();
    const kept = () =>
      page.evaluate(async () => (await (await caches.open("bransjenorsk-packs")).keys()).map((key) => key.url));
    await expect
      .poll(async () => (await kept()).filter((url) => url.includes("a1-hilse-beboer.json")))
      .toEqual([`${RELEASE_HOST}/exercises/helse/a1-hilse-beboer.json?v=${nextVersion()}`]);
    expect(await savedItems(page)).toEqual(answered);
  });
});

test.describe("keeping packs for offline use", () => {
  test.use({ expectedConsoleErrors: /ERR_INTERNET_DISCONNECTED|Failed to load resource/ });

  test("a sector's packs are kept with their size shown, listed in Settings, and the space freed", async ({
    page,
    context,
  }) => {
    test.slow();
    await firstVisit(page);
    await page.goto("/sector/renhold");
    await appReady(page);
    const keep = page.getByTestId("keep-offline");
    const button = keep.getByRole("button", { name: /^Keep these packs for offline use \(\d+ KB\)$/ });
    await expect(button).toBeVisible();
    expect(await smallTouchTargets(page)).toEqual([]);
    // The download shows how far it has come, pack by pack.
    const shown = page.evaluate(
      () =>
        new Promise<string[]>((done) => {
          const seen = new Set<string>();
          const keep = () => document.querySelector("[data-testid=keep-offline]");
          const observer = new MutationObserver(() => {
            const status = keep()?.querySelector("[role=status]");
            const bar = keep()?.querySelector("progress");
            if (status && bar) seen.add(`${status.textContent} (${bar.getAttribute("value")}/${bar.getAttribute("max")})`);
            if (keep()?.textContent?.includes("kept on this device")) {
              observer.disconnect();
              done([...seen]);
            }
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        }),
    );
    await button.click();
    const catalog = JSON.parse(readFileSync(join(root, "dist/exercises/catalog.json"), "utf8"));
    const count = catalog.packs.filter((pack: { sector: string }) => pack.sector === "renhold").length;
    const steps = Array.from({ length: count }, (_, step) => `Downloading pack ${step + 1} of ${count}… (${step}/${count})`);
    expect(await shown).toEqual(steps);
    await expect(keep).toHaveText("These packs are kept on this device: they work offline.");

    await context.setOffline(true);
    for (const pack of ["renhold-a1-utstyr", "renhold-b1-smittevern"]) {
      await page.goto(`/pack/${pack}`);
      await appReady(page);
      await expect(page.locator(".vocab-item").first()).toBeVisible();
    }
    await page.goto("/settings");
    await appReady(page);
    const kept = page.getByTestId("kept");
    await expect(kept).toContainText(new RegExp(`${count} packs, \\d+ KB in all`));
    await expect(kept.getByTestId("kept-packs").getByRole("listitem")).toHaveCount(count);
    expect(await seriousViolations(page)).toEqual([]);
    await kept.getByRole("button", { name: "Free up space" }).click();
    await expect(page.getByTestId("free-question")).toContainText("your progress stays");
    await page.getByRole("button", { name: "Remove the kept packs" }).click();
    await expect(kept).toContainText("The kept packs are removed. Your progress is unchanged.");
    await expect(kept.getByTestId("kept-none")).toBeVisible();
    await page.goto("/pack/renhold-a1-utstyr");
    await appReady(page);
    await expect(page.getByRole("alert")).toContainText("this pack is not kept on this device yet");
  });

  test("no room while keeping: a clear message, and what was kept stays", async ({ page, context, baseURL }) => {
    await firstVisit(page);
    // One pack opened, so kept.
    await page.goto("/pack/horeca-a1-kjokkenet");
    await appReady(page);
    await expect(page.locator(".vocab-item").first()).toBeVisible();
    const cdp = await context.newCDPSession(page);
    const origin = new URL(baseURL!).origin;
    await cdp.send("Storage.overrideQuotaForOrigin", { origin, quotaSize: 1 });
    await page.goto("/sector/horeca");
    await appReady(page);
    await page.getByTestId("keep-offline").getByRole("button").click();
    await expect(page.getByTestId("keep-offline").getByRole("alert")).toHaveText(
      "There is no more room on this device. What was downloaded is kept; free some space and try again.",
    );
    await cdp.send("Storage.overrideQuotaForOrigin", { origin });
    await page.goto("/settings");
    await appReady(page);
    await expect(page.getByTestId("kept-packs").getByRole("listitem")).toHaveText([/^In the kitchen/]);
  });
});
