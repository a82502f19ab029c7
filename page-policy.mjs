// Runs after every Trunk build (see Trunk.toml): puts the page policy
// (Content-Security-Policy) on each page of a release build, allowing
// exactly the page's own inline scripts by their hashes, and writes
// 404.html, the app's page for hosts that answer unknown paths with it.
// Before that, it writes the bundled packs' paths into the page, and on
// the home screen of a first visit starts the app after the first paint.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("TRUNK_STAGING_DIR is not set: run this from a Trunk hook");

/** The policy of a page whose inline scripts have these hashes; `connect`
 *  names what it may fetch beside its own site. */
function policy(hashes, connect) {
  return [
    "default-src 'self'",
    // WebAssembly needs 'wasm-unsafe-eval'; JavaScript eval stays refused.
    ["script-src 'self' 'wasm-unsafe-eval'", ...hashes].join(" "),
    "style-src 'self'",
    // An added pack's pictures and recordings, and a learner's own
    // recording, come from blob: addresses.
    "img-src 'self' blob:",
    "media-src 'self' blob:",
    ["connect-src 'self'", ...connect].join(" "),
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

function withPolicy(html, connect) {
  const scripts = html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g);
  const hashes = [...scripts].map(([, body]) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(hashes, connect)}">`;
  // Right after the charset, before anything the policy must cover.
  // Release builds are minified: <meta charset=utf-8>.
  const charset = /<meta charset=["']?utf-8["']?\s*\/?>/i;
  if (!charset.test(html)) throw new Error("a page without <meta charset=utf-8> cannot take the policy");
  return html.replace(charset, (tag) => `${tag}\n  ${meta}`);
}

// The page's start-up script preloads the pack of a link to a pack or a
// lesson: it finds each bundled pack's file by id in #pack-paths.
const catalog = JSON.parse(readFileSync(join(dir, "exercises/catalog.json"), "utf8"));
const packPaths = Object.fromEntries(catalog.packs.map((pack) => [pack.id, pack.path]));
const index = join(dir, "index.html");
const page = readFileSync(index, "utf8");
// (Minified, its attributes may come in any order and without quotes.)
const empty = /(<script\b[^>]*\bid=["']?pack-paths\b[^>]*>)\{\}(<\/script>)/;
if (!empty.test(page)) throw new Error("index.html has no empty #pack-paths for the pack paths");
let withPaths = page.replace(empty, (_, open, close) => `${open}${JSON.stringify(packPaths)}${close}`);

// On a first visit to the home screen the page shows it before the app
// runs (src/static_home.rs); the wasm is then asked for after that first
// paint instead of sharing a slow line with it. Elsewhere nothing changes:
// Trunk's preload of the wasm (with its integrity) is kept in a template,
// which the start-up script puts into the page at once. (The second
// animation frame comes once the first has been painted; a page opened in
// the background, which paints nothing, starts after a second.)
const wasmPreload = /<link\b[^>]*\btype=["']?application\/wasm\b[^>]*>/;
const appStart = /(<script type=["']?module["']?>[^<]*?)(const wasm = await init\()/;
// Before #pack-paths, which comes before the start-up script.
const beforeStartUp = /<script\b[^>]*\bid=["']?pack-paths\b[^>]*>/;
for (const [pattern, what] of [[wasmPreload, "Trunk's wasm preload"], [appStart, "Trunk's start of the app"], [beforeStartUp, "#pack-paths"]]) {
  if (!pattern.test(withPaths)) throw new Error(`index.html: ${what} not found`);
}
const preload = withPaths.match(wasmPreload)[0];
withPaths = withPaths
  .replace(wasmPreload, "")
  .replace(beforeStartUp, (script) => `<template id=wasm-preload>${preload}</template>${script}`)
  .replace(
    appStart,
    (_, before, init) =>
      `${before}if (document.documentElement.hasAttribute("data-home")) await new Promise((painted) => { requestAnimationFrame(() => requestAnimationFrame(painted)); setTimeout(painted, 1000); });\n${init}`,
  );
writeFileSync(index, withPaths);

// Release builds only: `trunk serve` adds a live-reload script of its own
// at run time, which no hash can name.
if (process.env.TRUNK_PROFILE === "release") {
  // The sharing page downloads packs from the web hosts teachers use
  // (https only; the app's own machine for a teacher trying a pack).
  const pages = {
    "index.html": [],
    "share.html": ["https:", "http://localhost:*", "http://127.0.0.1:*"],
    "studio.html": [],
  };
  for (const [page, connect] of Object.entries(pages)) {
    const path = join(dir, page);
    writeFileSync(path, withPolicy(readFileSync(path, "utf8"), connect));
  }
}
writeFileSync(join(dir, "404.html"), readFileSync(join(dir, "index.html")));
