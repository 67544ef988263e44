// The built app ships a strict Content-Security-Policy and runs under it without violations.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { assertNoErrors, newContext, openApp } from "./harness.mjs";

const dist = process.env.SIX_ROUNDS_DIST ?? "dist";

test("index.html and _headers carry the same strict policy", async () => {
  const html = await readFile(`${dist}/index.html`, "utf8");
  const meta = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  for (const rule of ["'wasm-unsafe-eval'", "object-src 'none'", "base-uri 'none'", "'sha256-"]) {
    assert.ok(meta.includes(rule), rule);
  }
  assert.ok(!meta.includes("unsafe-inline") && !meta.includes("'unsafe-eval'"));
  assert.match(html, /<meta name="referrer" content="no-referrer">/);
  const headers = await readFile(`${dist}/_headers`, "utf8");
  assert.ok(headers.includes(`Content-Security-Policy: ${meta}`));
  assert.ok(headers.includes("Referrer-Policy: no-referrer"));
});

test("the app runs under the policy: no violation while using every page", async () => {
  const context = await newContext();
  const page = await openApp(context, "#/plans");
  const violations = [];
  await page.exposeFunction("reportViolation", (text) => violations.push(text));
  await page.evaluate(() =>
    document.addEventListener("securitypolicyviolation", (event) =>
      window.reportViolation(`${event.violatedDirective} ${event.blockedURI}`)),
  );
  await page.getByRole("button", { name: "Load the example plan" }).click();
  for (const hash of ["#/round/1", "#/round/3", "#/round/4", "#/round/5", "#/round/6", "#/share", "#/decision", "#/agreement", "#/plans"]) {
    await page.goto(page.url().split("#")[0] + hash);
    await page.locator("main h1").waitFor();
  }
  assert.deepEqual(violations, []);
  assertNoErrors(page);
  await context.close();
});
