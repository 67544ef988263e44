// Trunk post-build hook: writes the Content-Security-Policy into index.html and _headers,
// allowing exactly the inline scripts Trunk generated and the chart's text-measuring style
// attributes (each by its SHA-256), and nothing else inline.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("TRUNK_STAGING_DIR is not set: run this as a Trunk hook");

const htmlPath = join(dir, "index.html");
const html = readFileSync(htmlPath, "utf8");
const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
  .map((match) => match[1])
  .filter((body) => body.trim().length > 0)
  .map((body) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);

// plotters measures chart text on wasm with a hidden <span style="…">; only these exact style
// attributes are allowed, one per font size the charts use (src/charts/bars.rs, FONT_SIZES).
const CHART_FONT_SIZES = [16, 18, 26];
const styleHashes = CHART_FONT_SIZES.map((size) => {
  const style = `display: inline-block; font-family:sans-serif; font-style:normal; font-size: ${size}px; position: fixed; top: 100%`;
  return `'sha256-${createHash("sha256").update(style, "utf8").digest("base64")}'`;
});

const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`.trim(),
  `style-src 'self' 'unsafe-hashes' ${styleHashes.join(" ")}`,
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

if (!html.includes("CSP_POLICY")) throw new Error("index.html has no CSP_POLICY placeholder");
writeFileSync(htmlPath, html.replace("CSP_POLICY", policy));
const headersPath = join(dir, "_headers");
if (existsSync(headersPath)) {
  writeFileSync(headersPath, readFileSync(headersPath, "utf8").replace("CSP_POLICY", policy));
}
console.log(`CSP written with ${hashes.length} inline script hash(es)`);

// The service worker lists every file of the build, index.html as just written included.
await import("./offline.mjs");
