// Trunk post-build hook: writes the Content-Security-Policy into index.html and _headers,
// allowing exactly the inline scripts Trunk generated (by their SHA-256) and nothing else.
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

const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`.trim(),
  "style-src 'self'",
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
