// Shared set-up for the browser tests: the built app served locally, Debian's Chromium,
// and pages that fail the test on any uncaught error, console error or CSP violation.
import { after, afterEach, before } from "node:test";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import { serve } from "../../scripts/static-server.mjs";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const ctx = { address: "", browser: null };
let server;
/** Every page openApp opened during the current test. */
let pagesOfTest = [];

// Whatever a test asserts, it fails if any page it opened logged an error (a CSP violation
// logs one too). A test that provokes errors on purpose empties `page.errors` after checking.
afterEach(() => {
  const pages = pagesOfTest;
  pagesOfTest = [];
  for (const page of pages) assertNoErrors(page);
});

before(async () => {
  // A sub-path, as on a real static host.
  server = await serve(process.env.SIX_ROUNDS_DIST ?? "dist", { prefix: "/apps/six-rounds/" });
  ctx.address = server.address;
  ctx.browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
});

after(async () => {
  await ctx.browser?.close();
  await server?.close();
});

/** A fresh browser context (its own localStorage), in English unless told. */
export async function newContext(options = {}) {
  return ctx.browser.newContext({ locale: "en-US", acceptDownloads: true, ...options });
}

/** Opens the app; every page error or console error is collected and asserted at the end. */
export async function openApp(context, hash = "", { address = ctx.address } = {}) {
  const page = await context.newPage();
  page.errors = [];
  pagesOfTest.push(page);
  page.on("pageerror", (error) => page.errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") page.errors.push(`console: ${message.text()}`);
  });
  await page.goto(address + hash);
  await page.locator("#plan-title").waitFor();
  return page;
}

export function assertNoErrors(page) {
  assert.deepEqual(page.errors, [], "the page logged errors");
}

/** Runs axe-core on the page and fails with the violations listed. */
export async function assertAccessible(page, label) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
  assert.deepEqual(summary, [], `axe-core violations on ${label}`);
}

/** How many pixels of the element's content are hidden sideways (0: it fits without scrolling). */
export async function hiddenSideways(page, selector) {
  return page.locator(selector).evaluate((element) => element.scrollWidth - element.clientWidth);
}

/** Everything Six Rounds keeps in localStorage. */
export async function storedData(page) {
  return page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((key) => key.startsWith("six-rounds/"))
        .map((key) => [key, localStorage.getItem(key)]),
    ),
  );
}

/** Waits until the autosave has written the open plan. */
export async function waitSaved(page) {
  await page.locator('.save-status[data-status="saved"]').waitFor();
}

export async function setTitle(page, title) {
  await page.locator("#plan-title").fill(title);
  await waitSaved(page);
}
