// Trunk post-build step, run by csp.mjs once the CSP is in index.html: writes sw.js, the service worker, with every file of
// the build to precache and a version that changes whenever any file does.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("TRUNK_STAGING_DIR is not set: run this as a Trunk hook");

function files(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

// _headers is for the host, sw.js is the worker itself; the page is cached as "./".
const built = files(dir)
  .map((path) => relative(dir, path).split("\\").join("/"))
  .filter((name) => name !== "_headers" && name !== "sw.js")
  .sort();
const hash = createHash("sha256");
for (const name of built) hash.update(name).update(readFileSync(join(dir, name)));
const version = hash.digest("hex").slice(0, 16);
const list = ["./", ...built.filter((name) => name !== "index.html").map((name) => `./${name}`)];
const worker = readFileSync(new URL("../offline/sw.js", import.meta.url), "utf8")
  .replace("SIX_ROUNDS_VERSION", version)
  .replace("SIX_ROUNDS_FILES", JSON.stringify(list));
writeFileSync(join(dir, "sw.js"), worker);
console.log(`sw.js written: ${list.length} files, version ${version}`);
