// The content types a static host sends for the built app's files: the
// test server (serve.mjs) and `make perf` (benches/perf/perf.mjs) both use them.
export const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
  ".toml": "text/plain; charset=utf-8",
  ".md": "text/plain; charset=utf-8",
  ".ftl": "text/plain; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".json": "application/json",
};
