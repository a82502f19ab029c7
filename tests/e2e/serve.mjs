// A plain static file server, as a static host would serve the built app:
// files as they are, and 404.html (with status 404) for any unknown path.
// `dist/` is served at the root and `dist-sub/` under /bransjenorsk/.
//
//   node tests/e2e/serve.mjs [port]
//
// On the next port it is also a teacher's web host, serving the files the
// tests put in target/e2e-host/: under /cors/ with the header that lets
// other sites read them, under /plain/ without it. On the port after that
// it serves target/e2e-release/, where a test puts one release of the app
// and then the next.

import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { types } from "./types.mjs";

const port = Number(process.argv[2] ?? 8181);
const root = resolve(import.meta.dirname, "../..");
const sites = [
  { prefix: "/bransjenorsk/", dir: join(root, "dist-sub") },
  { prefix: "/", dir: join(root, "dist") },
];

async function file(path) {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return file(join(path, "index.html"));
    return { path, body: await readFile(path) };
  } catch {
    return null;
  }
}

/** A static host of the built app at these sites (the last is the root). */
const host = (sites) => async (request, response) => {
  const url = new URL(request.url, "http://localhost");
  const pathname = decodeURIComponent(url.pathname);
  const site = sites.find((s) => pathname.startsWith(s.prefix)) ?? sites.at(-1);
  const relative = normalize(pathname.slice(site.prefix.length)).replace(/^(\.\.[/\\])+/, "");
  let found = await file(join(site.dir, relative));
  let status = 200;
  if (!found) {
    found = await file(join(site.dir, "404.html"));
    status = 404;
  }
  if (!found) {
    response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
    return;
  }
  response.writeHead(status, {
    "content-type": types[extname(found.path)] ?? "application/octet-stream",
    "cache-control": "no-store",
  });
  response.end(request.method === "HEAD" ? undefined : found.body);
};

createServer(host(sites)).listen(port, "127.0.0.1", () => console.log(`serving on http://127.0.0.1:${port}`));
createServer(host([{ prefix: "/", dir: join(root, "target/e2e-release") }])).listen(port + 2, "127.0.0.1");

const hosted = join(root, "target/e2e-host");
createServer(async (request, response) => {
  const url = new URL(request.url, "http://localhost");
  const [, access, ...rest] = decodeURIComponent(url.pathname).split("/");
  const found = rest.length && !rest.includes("..") ? await file(join(hosted, ...rest)) : null;
  const headers = { "cache-control": "no-store" };
  if (access === "cors") headers["access-control-allow-origin"] = "*";
  if (!found || !["cors", "plain"].includes(access)) {
    response.writeHead(404, { ...headers, "content-type": "text/plain" }).end("Not found");
    return;
  }
  headers["content-type"] = types[extname(found.path)] ?? "application/octet-stream";
  response.writeHead(200, headers).end(found.body);
}).listen(port + 1, "127.0.0.1");
