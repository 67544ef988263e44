// Offline and installable: after the first visit the service worker has every file of the
// build, so a reload with the network gone opens every round and the agreement; the page
// links a web app manifest with its icons.
import { test } from "node:test";
import assert from "node:assert/strict";
import { newContext, openApp } from "./harness.mjs";

const ROUTES = ["#/round/1", "#/round/2", "#/round/3", "#/round/4", "#/round/5", "#/round/6", "#/decision", "#/agreement", "#/plans", "#/share"];

test("after the first visit the app reloads offline and opens every round and the agreement", async () => {
  const context = await newContext();
  const page = await openApp(context, "#/plans");
  await page.getByRole("button", { name: "Load the example plan" }).click();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.locator("#plan-title").waitFor();
  assert.ok(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), "the page is served by the worker");

  await context.setOffline(true);
  await page.reload();
  await page.locator("#plan-title").waitFor();
  for (const route of ROUTES) {
    await page.goto(page.url().replace(/#.*/, route));
    await page.locator("main h1").first().waitFor();
  }
  await page.locator(".agreement, main").first().waitFor();
  assert.match(await page.locator("#plan-title").inputValue(), /^Ledgerline/, "the plan is still there");

  // Installable: the manifest and its icons come from the cache too.
  const manifest = await page.evaluate(async () => {
    const href = document.querySelector('link[rel="manifest"]').href;
    const body = await (await fetch(href)).json();
    const icons = await Promise.all(body.icons.map(async (icon) => (await fetch(new URL(icon.src, href))).ok));
    return { name: body.name, display: body.display, icons };
  });
  assert.deepEqual(manifest, { name: "Six Rounds", display: "standalone", icons: [true, true] });
  await context.close();
});
