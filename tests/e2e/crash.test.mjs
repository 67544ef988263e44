// A panic in the wasm: a recoverable error screen, the saved plan untouched, export works.
// Uses the debug build (dist-debug/, from `scripts/build.sh --debug`), whose Ctrl+Alt+Shift+P
// makes a whole edit (save pending) and then panics half-way through a second edit.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { serve } from "../../scripts/static-server.mjs";
import { assertAccessible, newContext, openApp, setTitle, storedData } from "./harness.mjs";

const DEBUG_DIST = process.env.SIX_ROUNDS_DEBUG_DIST ?? "dist-debug";
let server;

before(async () => {
  assert.ok(existsSync(DEBUG_DIST), `${DEBUG_DIST}/ is missing: run scripts/build.sh --debug`);
  server = await serve(DEBUG_DIST, { prefix: "/apps/six-rounds-debug/" });
});

after(async () => {
  await server?.close();
});

function storedTitles(data) {
  return Object.entries(data)
    .filter(([key]) => key.startsWith("six-rounds/plan/"))
    .map(([, text]) => JSON.parse(text).title);
}

for (const [locale, names] of [
  ["en-US", { export: "Export my data", reload: "Reload Six Rounds", heading: /stopped because of an error/ }],
  ["ru-RU", { export: "Скачать мои данные", reload: "Перезапустить «Шесть раундов»", heading: /остановились из-за ошибки/ }],
]) {
  test(`a panic shows a recoverable screen and never writes a half-state (${locale})`, async () => {
    const context = await newContext({ locale });
    const page = await openApp(context, "", { address: server.address });
    await setTitle(page, "Saved before the panic");
    const before = await storedData(page);

    await page.locator("#plan-title").focus();
    await page.keyboard.press("Control+Alt+Shift+KeyP");
    const screen = page.getByRole("alertdialog");
    await screen.getByRole("heading", { name: names.heading }).waitFor();
    const exportLink = screen.getByRole("link", { name: names.export });
    assert.ok(await exportLink.evaluate((link) => link === document.activeElement), "focus on export");
    // The broken app behind the screen cannot be used.
    assert.equal(await page.locator(".app").getAttribute("inert"), "");

    // Longer than the autosave's debounce, then the page is hidden: still nothing is written.
    await page.waitForTimeout(800);
    await page.evaluate(() => {
      window.dispatchEvent(new PageTransitionEvent("pagehide"));
      document.dispatchEvent(new Event("visibilitychange"));
    });
    assert.deepEqual(await storedData(page), before, "storage is exactly as last saved");
    assert.deepEqual(storedTitles(before), ["Saved before the panic"]);

    const [download] = await Promise.all([page.waitForEvent("download"), exportLink.click()]);
    assert.match(download.suggestedFilename(), /^saved-before-the-panic-.*\.six-rounds\.json$/);
    const exported = JSON.parse(await readFile(await download.path(), "utf8"));
    assert.equal(exported.format, "six-rounds-plan");
    assert.equal(exported.title, "Saved before the panic");

    await assertAccessible(page, `the crash screen (${locale})`);
    // Only the panic itself was logged.
    assert.ok(page.errors.length > 0, "the panic is logged");
    for (const error of page.errors) {
      assert.match(error, /panic|unreachable|RuntimeError/i, `an unexpected error: ${error}`);
    }

    page.errors = [];
    await screen.getByRole("link", { name: names.reload }).click();
    await page.locator("#plan-title").waitFor();
    assert.equal(await page.locator("#plan-title").inputValue(), "Saved before the panic");
    assert.equal(await page.getByRole("alertdialog").count(), 0);
    assert.deepEqual(page.errors, []);
    await context.close();
  });
}
