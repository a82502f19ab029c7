// `make perf`: Lighthouse's mobile preset (a mid-range phone on a slow 4G
// line, simulated) on the home page and on a first lesson of the release
// build in dist/, served with brotli as a good static host serves it.
// Each page three times as a first visit (storage cleared), then three
// times as a repeat visit (the service worker and its caches kept); prints
// the medians.
//
//   node benches/perf/perf.mjs [dist]

import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { types } from "../../tests/e2e/types.mjs";

const RUNS = 3;
const dist = resolve(process.argv[2] ?? "dist");

const compressible = new Set([".html", ".js", ".wasm", ".css", ".svg", ".webmanifest", ".txt", ".json"]);
const compressed = new Map();

/** A static host as the README asks for one: brotli, hashed names
 *  cached for good, everything else checked again each time. */
async function serve(request, response) {
  const pathname = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
  let path = join(dist, normalize(pathname).replace(/^(\.\.[/\\])+/, ""));
  let status = 200;
  try {
    if ((await stat(path)).isDirectory()) path = join(path, "index.html");
    await stat(path);
  } catch {
    // An app path such as /pack/…/practice: the page, as a host set up
    // for a single-page app answers it (Lighthouse measures no 404 page).
    if (extname(pathname)) status = 404;
    path = join(dist, status === 404 ? "404.html" : "index.html");
  }
  const type = extname(path);
  let body = await readFile(path);
  const headers = {
    "content-type": types[type] ?? "application/octet-stream",
    "cache-control": /-[0-9a-f]{16}[._]/.test(path) ? "public, max-age=31536000, immutable" : "no-cache",
  };
  if (compressible.has(type) && /\bbr\b/.test(request.headers["accept-encoding"] ?? "")) {
    if (!compressed.has(path)) {
      compressed.set(path, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    }
    body = compressed.get(path);
    headers["content-encoding"] = "br";
    headers.vary = "accept-encoding";
  }
  headers["content-length"] = body.length;
  response.writeHead(status, headers);
  response.end(body);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const server = createServer((request, response) =>
  serve(request, response).catch((error) => {
    response.writeHead(500);
    response.end(String(error));
  }),
);
await new Promise((ready) => server.listen(0, "127.0.0.1", ready));
const origin = `http://127.0.0.1:${server.address().port}`;

const catalog = JSON.parse(await readFile(join(dist, "exercises/catalog.json"), "utf8"));
const pages = [
  ["home", `${origin}/`],
  [`lesson (${catalog.packs[0].id})`, `${origin}/pack/${catalog.packs[0].id}/practice`],
];

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
try {
  const rows = [];
  for (const [visit, keepStorage] of [
    ["first visit", false],
    ["repeat visit", true],
  ]) {
    for (const [name, url] of pages) {
      const flags = { port: chrome.port, onlyCategories: ["performance"], disableStorageReset: keepStorage, logLevel: "error" };
      // A repeat visit comes after one that installed the service worker.
      if (keepStorage) await lighthouse(url, flags);
      const runs = [];
      for (let run = 0; run < RUNS; run++) {
        const { lhr } = await lighthouse(url, flags);
        if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        const audit = (id) => lhr.audits[id].numericValue;
        runs.push({
          score: lhr.categories.performance.score * 100,
          fcp: audit("first-contentful-paint"),
          lcp: audit("largest-contentful-paint"),
          tbt: audit("total-blocking-time"),
          cls: audit("cumulative-layout-shift"),
          bytes: audit("total-byte-weight"),
        });
      }
      const of = (key) => median(runs.map((run) => run[key]));
      rows.push({
        page: `${name}, ${visit}`,
        score: of("score").toFixed(0),
        "FCP s": (of("fcp") / 1000).toFixed(2),
        "LCP s": (of("lcp") / 1000).toFixed(2),
        "TBT ms": of("tbt").toFixed(0),
        CLS: of("cls").toFixed(3),
        "KB over the network": (of("bytes") / 1000).toFixed(1),
      });
    }
  }
  const { version } = JSON.parse(await readFile(new URL("node_modules/lighthouse/package.json", import.meta.url), "utf8"));
  console.log(`Lighthouse ${version}, mobile preset, medians of ${RUNS} runs, ${dist} served with brotli:`);
  console.table(rows);
} finally {
  await chrome.kill();
  server.close();
}
