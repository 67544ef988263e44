// Undo and redo across rounds: keys and buttons, one step per burst of typing, and a fresh
// history for another plan.
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertAccessible, assertNoErrors, newContext, openApp } from "./harness.mjs";

async function setNumber(page, id, value) {
  await page.locator(`#${id}`).fill(String(value));
  await page.locator(`#${id}`).blur();
}

test("undo and redo edits across two rounds, by keys and by buttons", async () => {
  const context = await newContext();
  const page = await openApp(context, "#/round/3");
  const undo = page.getByRole("button", { name: "Undo", exact: true });
  const redo = page.getByRole("button", { name: "Redo", exact: true });
  assert.ok(await undo.isDisabled() && await redo.isDisabled(), "nothing to undo yet");

  await setNumber(page, "funnel-revenue", 1000000);
  await page.waitForTimeout(900);
  await page.goto(page.url().replace(/#.*/, "#/round/5"));
  await page.locator("#commit-response").waitFor();
  await setNumber(page, "commit-response", 30);
  assert.equal(await page.locator("#sla-revenue").inputValue(), "1000000", "round 3's number, shared");

  await page.keyboard.press("Control+z");
  await page.waitForFunction(() => document.getElementById("commit-response").value === "1440");
  assert.equal(await page.locator("#sla-revenue").inputValue(), "1000000");
  await page.keyboard.press("Control+z");
  await page.waitForFunction(() => document.getElementById("sla-revenue").value === "");
  assert.ok(await undo.isDisabled());

  await redo.click();
  await page.waitForFunction(() => document.getElementById("sla-revenue").value === "1000000");
  await page.keyboard.press("Control+Shift+z");
  await page.waitForFunction(() => document.getElementById("commit-response").value === "30");
  assert.ok(await redo.isDisabled());

  // Keys typed in a burst are one step.
  await page.locator("#plan-title").fill("");
  await page.waitForTimeout(900);
  await page.locator("#plan-title").pressSequentially("Q1 plan");
  await page.waitForTimeout(900);
  await undo.click();
  assert.equal(await page.locator("#plan-title").inputValue(), "");
  await assertAccessible(page, "the header with undo and redo");

  // Another plan starts with nothing to undo.
  await page.goto(page.url().replace(/#.*/, "#/plans"));
  await page.getByRole("button", { name: "Load the example plan" }).click();
  await page.getByText("The example plan was added to your plans and opened.").waitFor();
  assert.ok(await undo.isDisabled());
  assertNoErrors(page);
  await context.close();
});
