// The shell: routes, language, autosave across reloads, accessibility.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  assertAccessible, assertNoErrors, newContext, openApp, setTitle, storedData,
} from "./harness.mjs";

test("an edit survives a reload", async () => {
  const context = await newContext();
  const page = await openApp(context);
  await setTitle(page, "Q1 alignment workshop");
  await page.reload();
  await page.locator("#plan-title").waitFor();
  assert.equal(await page.locator("#plan-title").inputValue(), "Q1 alignment workshop");
  assert.match(await page.title(), /Q1 alignment workshop/);
  assertNoErrors(page);
  await context.close();
});

test("the edit is flushed when the page is hidden, before the debounce", async () => {
  const context = await newContext();
  const page = await openApp(context);
  await page.locator("#plan-title").fill("Flushed on pagehide");
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent("pagehide")));
  const stored = await storedData(page);
  const plans = Object.entries(stored).filter(([key]) => key.startsWith("six-rounds/plan/"));
  assert.ok(plans.some(([, text]) => JSON.parse(text).title === "Flushed on pagehide"));
  await context.close();
});

test("each round has a URL that survives a reload", async () => {
  const context = await newContext();
  const page = await openApp(context, "#/round/3");
  await assert.doesNotReject(page.getByRole("heading", { level: 1, name: "Goals" }).waitFor());
  await page.getByRole("link", { name: /Round 5/ }).click();
  await page.getByRole("heading", { level: 1, name: "The SLA" }).waitFor();
  assert.match(page.url(), /#\/round\/5$/);
  await page.reload();
  await page.getByRole("heading", { level: 1, name: "The SLA" }).waitFor();
  await page.getByRole("link", { name: /The decision/ }).click();
  await page.getByRole("heading", { level: 1, name: "The decision" }).waitFor();
  assertNoErrors(page);
  await context.close();
});

test("the language switches at once, is remembered, and a Russian browser starts in Russian", async () => {
  const context = await newContext();
  const page = await openApp(context);
  await page.locator("#language").selectOption("ru");
  await page.getByRole("link", { name: /Раунд 1/ }).waitFor();
  assert.equal(await page.locator("html").getAttribute("lang"), "ru");
  await page.reload();
  await page.getByRole("link", { name: /Раунд 1/ }).waitFor();
  await context.close();

  const russian = await newContext({ locale: "ru-RU" });
  const fresh = await openApp(russian);
  await fresh.getByRole("heading", { level: 1, name: "Роли" }).waitFor();
  assertNoErrors(fresh);
  await russian.close();
});

test("the example plan fills the stepper with completed rounds", async () => {
  const context = await newContext();
  const page = await openApp(context, "#/plans");
  await page.getByRole("button", { name: "Load the example plan" }).click();
  await page.getByText("The example plan was added").waitFor();
  assert.match(await page.locator("#plan-title").inputValue(), /Ledgerline/);
  const complete = await page.locator('.stepper [data-progress="complete"]').count();
  assert.equal(complete, 6);
  await page.getByRole("link", { name: /Round 1/ }).click();
  await page.getByRole("table").waitFor();
  assert.ok((await page.getByRole("row").count()) > 5);
  assertNoErrors(page);
  await context.close();
});

test("the library creates, renames, duplicates and deletes plans (after asking)", async () => {
  const context = await newContext();
  const page = await openApp(context, "#/plans");
  await setTitle(page, "First");
  await page.getByRole("button", { name: "New plan" }).click();
  await setTitle(page, "Second");
  const rows = page.locator(".plan-row");
  assert.equal(await rows.count(), 2);

  await page.getByRole("button", { name: "Rename First" }).click();
  await page.getByLabel("New name").fill("First, renamed");
  await page.getByRole("button", { name: "Save" }).click();
  await page.locator(".plan-row-title", { hasText: "First, renamed" }).waitFor();

  await page.getByRole("button", { name: "Duplicate Second" }).click();
  await page.locator(".plan-row-title", { hasText: "Second (copy)" }).waitFor();
  assert.equal(await rows.count(), 3);

  await page.getByRole("button", { name: "Delete First, renamed" }).click();
  await page.getByText("This cannot be undone").waitFor();
  await page.getByRole("button", { name: "Cancel" }).click();
  assert.equal(await rows.count(), 3);
  await page.getByRole("button", { name: "Delete First, renamed" }).click();
  await page.getByRole("button", { name: "Delete for good" }).click();
  await page.waitForFunction(() => document.querySelectorAll(".plan-row").length === 2);

  await page.reload();
  await page.locator(".plan-row").first().waitFor();
  assert.equal(await page.locator(".plan-row").count(), 2);
  assert.equal(await page.locator(".plan-row-title", { hasText: "First, renamed" }).count(), 0);
  assertNoErrors(page);
  await context.close();
});

test("axe-core finds no violations on any page, in both languages", async () => {
  const context = await newContext();
  const page = await openApp(context, "#/plans");
  await page.getByRole("button", { name: "Load the example plan" }).click();
  for (const lang of ["en", "ru"]) {
    await page.locator("#language").selectOption(lang);
    for (const hash of ["#/plans", "#/share", "#/round/1", "#/round/2", "#/round/3", "#/round/4", "#/round/5", "#/round/6", "#/decision", "#/agreement"]) {
      await page.goto(page.url().split("#")[0] + hash);
      await page.locator("main h1").waitFor();
      await assertAccessible(page, `${hash} (${lang})`);
    }
  }
  assertNoErrors(page);
  await context.close();
});
