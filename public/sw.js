// Bransjenorsk's service worker. The build puts RELEASE, SHELL, ON_USE,
// the catalog's path and OFFLINE_PAGE above this line (service-worker.mjs).
//
// One release at a time: the files of a release (the page, its wasm and
// JS, styles, locales, icons and the catalog) are kept in a cache of their
// own, each checked against the hash the build wrote, so a page is never
// built from two releases. A new release waits until the learner takes it.
// Pack files are kept as they are opened, by pack version, so a pack the
// catalog gives a new version is fetched again.

const RELEASE_CACHE = `bransjenorsk-release-${RELEASE}`;
const PACK_CACHE = "bransjenorsk-packs";
const SCOPE = new URL(self.registration.scope);
const KEPT = new Map([...SHELL, ...ON_USE]);

/** A file's path relative to the app's base, or null if not the app's. */
function appPath(url) {
  if (url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return null;
  return decodeURIComponent(url.pathname.slice(SCOPE.pathname.length));
}

async function sha256(response) {
  const digest = await crypto.subtle.digest("SHA-256", await response.clone().arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** The release's own file from the network, or null if what the network
 *  has is not that file (a newer release is already on the server). */
async function releaseFile(path) {
  const response = await fetch(new URL(path, SCOPE), { cache: "no-cache" });
  if (!response.ok || (await sha256(response)) !== KEPT.get(path)) return null;
  return response;
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(RELEASE_CACHE);
      for (const [path] of SHELL) {
        if (await cache.match(path)) continue;
        const response = await releaseFile(path);
        if (!response) throw new Error(`${path} is not this release's: not installed`);
        await cache.put(path, response);
      }
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith("bransjenorsk-release-") && name !== RELEASE_CACHE) await caches.delete(name);
      }
      await forgetOldPacks();
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "take-update") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  const path = appPath(url);
  if (path === null) return;
  if (request.mode === "navigate") {
    // A screen of the practice app (`/sector/helse`) is its page.
    const page = KEPT.has(path) ? path : path.includes(".") ? null : "index.html";
    if (page) event.respondWith(fromRelease(page, request).catch(notKeptPage));
    return;
  }
  if (KEPT.has(path)) event.respondWith(fromRelease(path, request));
  else if (path.startsWith("exercises/")) event.respondWith(fromPacks(path, request));
});

/** A file of this release: kept, or fetched, checked and kept. */
async function fromRelease(path, request) {
  const cache = await caches.open(RELEASE_CACHE);
  const kept = await cache.match(path);
  if (kept) return kept;
  const response = await releaseFile(path);
  if (response) {
    await cache.put(path, response.clone());
    return response;
  }
  // Not this release's file: what the network has, kept nowhere.
  return fetch(request);
}

/** A page not kept yet, asked for offline: says so rather than nothing. */
function notKeptPage() {
  return new Response(OFFLINE_PAGE, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } });
}

let catalog = null;

/** The version of each pack file in this release's catalog, by path. */
async function versions() {
  if (!catalog) {
    const cache = await caches.open(RELEASE_CACHE);
    const response = (await cache.match(CATALOG)) ?? (await releaseFile(CATALOG));
    const entries = response ? (await response.json()).packs ?? [] : [];
    catalog = new Map();
    for (const entry of entries) {
      catalog.set(entry.path, entry.version);
      catalog.set(entry.path.replace(/\.json$/, ".items.json"), entry.version);
    }
  }
  return catalog;
}

/** Where a pack file is kept: pack files by their version, so a new
 *  version is fetched again; recordings and pictures as they are. */
async function packKey(path) {
  const version = (await versions()).get(path);
  return new URL(version ? `${path}?v=${encodeURIComponent(version)}` : path, SCOPE).href;
}

async function fromPacks(path, request) {
  const cache = await caches.open(PACK_CACHE);
  const key = await packKey(path);
  const kept = await cache.match(key);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok && (await ofThisRelease(path, response))) {
    try {
      await cache.put(key, response.clone());
    } catch {
      // No room: a pack kept on purpose says so (507); one being opened
      // is served all the same.
      if (request.headers.has("Bransjenorsk-Keep")) return new Response(null, { status: 507 });
    }
  }
  return response;
}

/** Whether a pack file is the version this release's catalog names (the
 *  server may already have the next release's). */
async function ofThisRelease(path, response) {
  const version = (await versions()).get(path);
  if (!version || !path.endsWith(".json") || path.endsWith(".items.json")) return true;
  try {
    return (await response.clone().json()).pack?.version === version;
  } catch {
    return false;
  }
}

/** Drops pack files of versions this release's catalog no longer has. */
async function forgetOldPacks() {
  const cache = await caches.open(PACK_CACHE);
  const current = await versions();
  for (const request of await cache.keys()) {
    const url = new URL(request.url);
    const version = url.searchParams.get("v");
    if (version !== null && current.get(appPath(url)) !== version) await cache.delete(request);
  }
}
