// What the practice app's wasm is made of: reads `twiggy top --format csv`
// of a release build that kept its function names (`make size-profile`)
// and prints the bytes by crate (by module for the app's own crates), then
// the largest functions. Names and sizes are of the optimised code.
import { readFileSync } from "node:fs";

const [csvPath] = process.argv.slice(2);
const rows = readFileSync(csvPath, "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => {
    // Name,ShallowSize,ShallowSizePercent,RetainedSize,RetainedSizePercent:
    // the name may hold commas, and quotes doubled inside quotes.
    const parts = line.split(",");
    const size = Number(parts.at(-4));
    const name = parts.slice(0, -4).join(",").replace(/^"|"$/g, "").replace(/""/g, '"');
    return { name, size };
  })
  .filter(({ name }) => !name.includes("function names") && !name.startsWith("..."));

/** The crate (or the app's module) an item belongs to. */
function owner(name) {
  if (name.startsWith("data segment")) return "(data: strings and tables)";
  if (name.startsWith("import ")) return "(imports from JavaScript)";
  const plain = name.replace(/\[[0-9a-f]+\]/g, "").replace(/^<(&mut |&)?/, "");
  // The first path in the name: `<T as tachys::view::Render>` is tachys's.
  const crate = plain.match(/(?:^|[\s<(])([a-z_][a-z0-9_]*)::/)?.[1];
  if (!crate) return "(other)";
  if (crate === "bransjenorsk" || crate === "bransjenorsk_core") {
    const path = plain.slice(plain.indexOf(`${crate}::`));
    return path.split("::").slice(0, 3).join("::");
  }
  return crate;
}

const total = rows.reduce((sum, { size }) => sum + size, 0);
const byOwner = new Map();
for (const { name, size } of rows) byOwner.set(owner(name), (byOwner.get(owner(name)) ?? 0) + size);
const line = (size, label) => `${String(size).padStart(9)} B ${((100 * size) / total).toFixed(1).padStart(5)} %  ${label}`;
console.log(`Practice app wasm, optimised, without names: ${total} B in ${rows.length} items\n`);
console.log("By crate (the app's own crates by module):");
for (const [label, size] of [...byOwner].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(line(size, label));
console.log("\nLargest items:");
for (const { name, size } of rows.sort((a, b) => b.size - a.size).slice(0, 25)) console.log(line(size, name.slice(0, 110)));
