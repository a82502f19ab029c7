// Runs after every release build (see Trunk.toml), once the pages have
// their policy and the packs are exported: writes sw.js, the service
// worker, from public/sw.js with the list of this release's files and the
// SHA-256 of each. Nothing in the list is kept by hand.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("TRUNK_STAGING_DIR is not set: run this from a Trunk hook");

const CATALOG = "exercises/catalog.json";

/** Every file under `root`, by its path relative to `base` with `/`. */
function files(root, base = root) {
  return readdirSync(root, { withFileTypes: true }).flatMap((entry) => {
    const path = join(root, entry.name);
    return entry.isDirectory() ? files(path, base) : [relative(base, path).split("\\").join("/")];
  });
}

// Kept the first time they are used, so a learner never downloads what
// they never use: the sharing page, the teachers' studio, the pack checker, and the languages
// (each about 40 to 65 KB) the learner does not read.
const onUse = (path) => /^(share|studio|check-worker)[-._]/.test(path) || path === "style.css" || path.startsWith("locales/");
// Pack files come and go with the learner (the worker keeps them as they
// are opened); 404.html is index.html under another name.
const left = (path) => path === "sw.js" || path === "404.html" || (path.startsWith("exercises/") && path !== CATALOG);

const hashed = files(dir)
  .filter((path) => !left(path))
  .sort()
  .map((path) => [path, createHash("sha256").update(readFileSync(join(dir, path))).digest("hex")]);
const shell = hashed.filter(([path]) => !onUse(path));
const later = hashed.filter(([path]) => onUse(path));
if (!shell.some(([path]) => path === "index.html") || !shell.some(([path]) => path === CATALOG)) {
  throw new Error("the build has no index.html or catalog: nothing to keep");
}
const release = createHash("sha256").update(JSON.stringify(hashed)).digest("hex").slice(0, 16);

// What a page not yet kept shows offline (the sharing page before its
// first use): a message from the Fluent files, in every language, as the
// start-up notice of index.html has it.
const escape = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const notKept = ["nb", "uk", "en"].map((lang) => {
  const ftl = readFileSync(new URL(`src/i18n/locales/${lang}.ftl`, import.meta.url), "utf8");
  const text = ftl.match(/^offline-page-not-kept = (.+)$/m)?.[1];
  if (!text) throw new Error(`${lang}.ftl has no offline-page-not-kept`);
  return `<p lang="${lang}">${escape(text)}</p>`;
});
const offlinePage = [
  '<!DOCTYPE html><html lang="nb"><meta charset="utf-8">',
  '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Bransjenorsk</title>',
  '<main style="font: 1.125rem/1.5 system-ui, sans-serif; max-width: 36rem; margin: 2rem auto; padding: 0 1rem">',
  ...notKept,
  '<p><a href="./">Bransjenorsk</a></p></main>',
].join("");

const header = [
  `const RELEASE = ${JSON.stringify(release)};`,
  `const CATALOG = ${JSON.stringify(CATALOG)};`,
  `const SHELL = ${JSON.stringify(shell)};`,
  `const ON_USE = ${JSON.stringify(later)};`,
  `const OFFLINE_PAGE = ${JSON.stringify(offlinePage)};`,
].join("\n");
const worker = readFileSync(new URL("public/sw.js", import.meta.url), "utf8");
writeFileSync(join(dir, "sw.js"), `${header}\n${worker}`);
console.log(`sw.js: release ${release}, ${shell.length} files kept at once, ${later.length} on first use`);
