// Storage faults and several tabs: work is never lost, nothing is overwritten unasked.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import {
  assertNoErrors, ctx, newContext, openApp, setTitle, storedData, waitSaved,
} from "./harness.mjs";

/** Downloads the open plan from Share & files and reads it back. */
async function exportedPlan(page) {
  await page.getByRole("link", { name: "Share & files" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator("main").getByRole("button", { name: "Download JSON file" }).click(),
  ]);
  return JSON.parse(await readFile(await download.path(), "utf8"));
}

for (const label of ["QuotaExceededError", "NS_ERROR_DOM_QUOTA_REACHED"]) {
  test(`a full storage (${label}) shows a banner, keeps the work in memory and offers export`, async () => {
    const context = await newContext();
    const page = await openApp(context);
    await setTitle(page, "Saved before the disk filled");
    const before = await storedData(page);
    await page.evaluate((name) => {
      Storage.prototype.setItem = function () {
        throw new DOMException("full", name);
      };
    }, label);
    await page.locator("#plan-title").fill("Typed while full");
    await page.getByText("storage is full").waitFor();
    assert.equal(await page.locator(".save-status").getAttribute("data-status"), "inmemory");
    assert.equal(await page.locator("#plan-title").inputValue(), "Typed while full");
    assert.deepEqual(await storedData(page), before, "nothing half-written");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator(".notice").getByRole("button", { name: "Download JSON file" }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^typed-while-full-/);
    // The plan stays in the library and can be reopened from memory.
    await page.getByRole("link", { name: "Plans", exact: true }).click();
    await page.locator(".plan-row-title", { hasText: "Typed while full" }).waitFor();
    assertNoErrors(page);
    await context.close();
  });
}

test("a quota error reported only by its code 22 is recognised", async () => {
  const context = await newContext();
  const page = await openApp(context);
  await waitSaved(page);
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      const error = new DOMException("legacy", "SomethingElse");
      Object.defineProperty(error, "code", { value: 22 });
      throw error;
    };
  });
  await page.locator("#plan-title").fill("Old browser");
  await page.getByText("storage is full").waitFor();
  await context.close();
});

test("without localStorage the app still works in memory and says so", async () => {
  const context = await newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("denied", "SecurityError");
      },
    });
  });
  const page = await openApp(context);
  await page.getByText("does not let Six Rounds store data").waitFor();
  await page.locator("#plan-title").fill("Private mode plan");
  assert.equal(await page.locator("#plan-title").inputValue(), "Private mode plan");
  assert.equal((await exportedPlan(page)).title, "Private mode plan");
  assert.match(await page.locator("#share-link").inputValue(), /#z=/);
  await context.close();
});

test("unreadable stored data is kept aside, not deleted, and the rest opens", async () => {
  const context = await newContext();
  const page = await openApp(context);
  await setTitle(page, "Good plan");
  await page.evaluate(() => {
    localStorage.setItem("six-rounds/plan/pbroken", "{not json");
    localStorage.setItem("six-rounds/plan/pfuture", JSON.stringify({ format: "six-rounds-plan", schema: 42 }));
    const index = JSON.parse(localStorage.getItem("six-rounds/library"));
    index.plans.push({ id: "pbroken", title: "Broken", updated: "2026-01-01T00:00:00Z" });
    index.plans.push({ id: "pfuture", title: "Future", updated: "2026-01-01T00:00:00Z" });
    index.current = "pbroken";
    localStorage.setItem("six-rounds/library", JSON.stringify(index));
  });
  await page.reload();
  await page.getByText("kept aside, not deleted").waitFor();
  assert.equal(await page.locator("#plan-title").inputValue(), "Good plan");
  const stored = await storedData(page);
  const aside = Object.entries(stored).filter(([key]) => key.startsWith("six-rounds/aside/"));
  assert.ok(aside.some(([, text]) => text === "{not json"), "the broken text is kept");
  assert.ok(!("six-rounds/plan/pbroken" in stored));

  // The last plan open was saved by a newer version: it is left alone for that version.
  await page.evaluate(() => {
    const index = JSON.parse(localStorage.getItem("six-rounds/library"));
    index.current = "pfuture";
    localStorage.setItem("six-rounds/library", JSON.stringify(index));
  });
  await page.reload();
  await page.getByText("saved by a newer version of Six Rounds").waitFor();
  assert.equal(await page.locator("#plan-title").inputValue(), "Good plan");
  const future = JSON.stringify({ format: "six-rounds-plan", schema: 42 });
  assert.equal((await storedData(page))["six-rounds/plan/pfuture"], future);
  assert.equal((await exportedPlan(page)).title, "Good plan", "export still works");
  // The export records the version sent (the plan's origin); let that save land first.
  await waitSaved(page);

  await page.evaluate(() => localStorage.setItem("six-rounds/library", "%%% garbage"));
  await page.reload();
  await page.getByText("kept aside, not deleted").waitFor();
  assert.equal(await page.locator("#plan-title").inputValue(), "Good plan");
  assert.ok(Object.values(await storedData(page)).includes("%%% garbage"));
  await context.close();
});

test("a plan stored whole by an older version opens, and its deals move to a key of their own", async () => {
  const whole = await readFile(new URL("../../crates/plan/tests/fixtures/load/example-en.json", import.meta.url), "utf8");
  const deals = JSON.parse(whole).integration.deals;
  assert.ok(deals.length > 0, "the fixture has deals");
  const context = await newContext();
  const page = await openApp(context);
  await page.evaluate((text) => {
    localStorage.setItem("six-rounds/plan/pold", JSON.stringify(JSON.parse(text)));
    localStorage.setItem("six-rounds/rev/pold", "3");
    localStorage.setItem("six-rounds/library", JSON.stringify({
      current: "pold", plans: [{ id: "pold", title: "Old", updated: "2026-01-01T00:00:00Z" }],
    }));
  }, whole);
  await page.reload();
  await page.getByRole("link", { name: /Round 4/ }).click();
  const summary = page.getByTestId("deals-summary");
  await summary.getByText(`${deals.length} deals`).waitFor();

  await setTitle(page, "Saved by this version");
  const stored = await storedData(page);
  assert.deepEqual(JSON.parse(stored["six-rounds/deals/pold"]), deals, "the deals, as they were");
  assert.equal(JSON.parse(stored["six-rounds/plan/pold"]).integration.deals, undefined, "not twice");
  assert.equal(stored["six-rounds/rev/pold"], "4");
  await page.reload();
  await summary.getByText(`${deals.length} deals`).waitFor();
  assert.equal(await page.locator("#plan-title").inputValue(), "Saved by this version");
  assertNoErrors(page);
  await context.close();
});

test("two tabs: the idle one follows, and an older tab never overwrites a newer save", async () => {
  const context = await newContext();
  const first = await openApp(context);
  await setTitle(first, "Shared between tabs");
  const second = await openApp(context);
  assert.equal(await second.locator("#plan-title").inputValue(), "Shared between tabs");

  await setTitle(first, "Changed in the first tab");
  await second.getByText("updated from another tab").waitFor();
  assert.equal(await second.locator("#plan-title").inputValue(), "Changed in the first tab");

  // Both edit; the first saves first, so the second (now older) must not overwrite it.
  await first.locator("#plan-title").fill("First tab's edit");
  await second.locator("#plan-title").fill("Second tab's edit");
  await second.getByText("changed in another tab").waitFor();
  await waitSaved(first);
  const titles = () =>
    storedData(first).then((data) =>
      Object.entries(data)
        .filter(([key]) => key.startsWith("six-rounds/plan/"))
        .map(([, text]) => JSON.parse(text).title),
    );
  assert.deepEqual(await titles(), ["First tab's edit"], "the older tab did not write over it");
  await second.getByRole("button", { name: "Keep mine as a copy" }).click();
  await waitSaved(second);
  const after = await titles();
  assert.ok(after.includes("First tab's edit"), "the first tab's save is kept");
  assert.ok(after.includes("Second tab's edit (copy)"), "the second tab's work is kept as a copy");
  assertNoErrors(first);
  assertNoErrors(second);
  await context.close();
});
