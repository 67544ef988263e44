// Round 1: the RACI matrix built by keyboard, its checks, undo, CSV, both languages.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import {
  assertAccessible, assertNoErrors, newContext, openApp, waitSaved,
} from "./harness.mjs";

const cell = (page, activity, role) => page.locator(`#cell-${activity}-${role}`);

/** Presses Tab until a matrix cell has focus (keyboard only, like a user would). */
async function tabIntoGrid(page, backwards = false) {
  for (let presses = 0; presses < 200; presses += 1) {
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
    if (await page.evaluate(() => document.activeElement?.getAttribute("role") === "gridcell")) return;
  }
  throw new Error("Tab never reached the matrix");
}

test("a matrix built from empty by keyboard alone; duplicated effort appears, clears, and is kept", async () => {
  const context = await newContext();
  const page = await openApp(context, "#/round/1");
  await page.getByRole("button", { name: "Start empty" }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), "add-activity-name");

  await page.keyboard.type("Score leads");
  await page.keyboard.press("Tab");
  await page.keyboard.press("ArrowDown"); // capture
  await page.keyboard.press("ArrowDown"); // qualify
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Enter");
  await page.locator("#activity-name-a1").waitFor();
  assert.equal(await page.locator("#activity-stage-a1").inputValue(), "qualify");
  await page.keyboard.type("Run demos");
  await page.keyboard.press("Enter");
  await page.locator("#activity-name-a2").waitFor();

  await tabIntoGrid(page, true);
  assert.equal(await page.evaluate(() => document.activeElement.id), "cell-a1-r1");
  await page.keyboard.type("ra"); // Marketing: R and A
  await page.keyboard.press("ArrowRight");
  await page.keyboard.type("r"); // SDR/BDR: R too -> duplicated effort
  assert.equal(await cell(page, "a1", "r1").innerText(), "RA");
  assert.equal(await cell(page, "a1", "r2").innerText(), "R");

  const findings = page.locator(".findings");
  await findings.getByText("“Score leads” is done by marketing (Marketing) and by sales (SDR/BDR).").waitFor();
  await findings.getByText("Add the activity's hours").waitFor();

  // Hours and rates price the duplication.
  await page.locator("#activity-hours-a1").fill("10");
  await page.locator("#activity-hours-a1").press("Enter");
  await page.locator("#activity-hours-a1").blur();
  await page.locator("#role-rate-r1").fill("50");
  await page.locator("#role-rate-r1").blur();
  await page.locator("#role-rate-r2").fill("30");
  await page.locator("#role-rate-r2").blur();
  await findings.getByText("at least 300 a month paid twice").waitFor();

  // Back in the grid: the second row gets its letters, the SDR's R goes, the finding clears.
  await cell(page, "a1", "r2").focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.type("ra");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.type("r");
  await page.locator('.findings-summary[data-blocking="0"]').waitFor();
  assert.equal(await findings.getByText("is done by marketing").count(), 0, "the finding cleared");
  await waitSaved(page);

  await page.reload();
  await page.locator("#cell-a1-r1").waitFor();
  assert.equal(await cell(page, "a1", "r1").innerText(), "RA");
  assert.equal(await cell(page, "a1", "r2").innerText(), "");
  assert.equal(await cell(page, "a2", "r3").innerText(), "RA");
  assert.equal(await page.locator('.stepper [data-progress="complete"]').count(), 1);
  assertNoErrors(page);
  await context.close();
});

test("a click cycles a cell, blocking findings mark the round incomplete, deletions undo", async () => {
  const context = await newContext();
  const page = await openApp(context, "#/round/1");
  await page.getByRole("button", { name: "Start from the usual activities" }).click();
  await page.locator("#cell-a1-r1").waitFor();
  assert.match(await page.locator(".findings-summary").innerText(), /^32 to fix before the round is complete, 5 worth a look/);
  assert.equal(await page.locator(".round-status").getAttribute("data-progress"), "started");

  // Renaming an activity rewords its own findings and leaves every other finding's element be.
  const items = page.locator(".findings li");
  const renamed = await page.locator("#activity-name-a1").inputValue();
  const others = await items.evaluateAll((all, renamed) => {
    const untouched = all.filter((li) => !li.textContent.includes(renamed));
    window.findingChanges = [];
    new MutationObserver((records) => {
      for (const record of records) {
        if (untouched.some((li) => li.contains(record.target) || [...record.removedNodes].includes(li))) {
          window.findingChanges.push(record.type);
        }
      }
    }).observe(all[0].parentElement, { subtree: true, childList: true, attributes: true, characterData: true });
    return untouched.length;
  }, renamed);
  assert.ok(others > 20, "most findings are about other activities");
  await page.locator("#activity-name-a1").fill("Brand new name");
  await page.locator(".findings").getByText("“Brand new name” has no A").waitFor();
  assert.equal(await page.locator(".findings").getByText(renamed).count(), 0, "no finding keeps the old name");
  assert.deepEqual(await page.evaluate(() => window.findingChanges), [], "the other findings were not redrawn");
  await page.locator("#activity-name-a1").fill(renamed);

  const first = cell(page, "a1", "r1");
  for (const expected of ["R", "A", "RA", "C", "I", ""]) {
    await first.click();
    assert.equal(await first.innerText(), expected);
  }

  const name = await page.locator("#activity-name-a3").inputValue();
  await page.getByRole("button", { name: `Delete ${name}` }).click();
  await page.getByText(`“${name}” was deleted.`).waitFor();
  assert.equal(await page.locator("#activity-name-a3").count(), 0);
  await page.locator(".notice").getByRole("button", { name: "Undo" }).click();
  assert.equal(await page.locator("#activity-name-a3").inputValue(), name);

  await cell(page, "a2", "r4").click(); // R for RevOps
  await page.locator(".role-table").getByRole("button", { name: "Delete RevOps" }).click();
  assert.equal(await page.locator("#cell-a2-r4").count(), 0);
  await page.locator(".notice").getByRole("button", { name: "Undo" }).click();
  assert.equal(await cell(page, "a2", "r4").innerText(), "R");
  assertNoErrors(page);
  await context.close();
});

test("the matrix travels as CSV: download, import, undo, and a bad file is refused with its place", async () => {
  const context = await newContext();
  const page = await openApp(context, "#/plans");
  await page.getByRole("button", { name: "Load the example plan" }).click();
  await page.getByRole("link", { name: /Round 1/ }).click();
  const matrix = () => page.locator("td.raci").allInnerTexts();
  const before = await matrix();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download CSV" }).click(),
  ]);
  assert.match(download.suggestedFilename(), /\.raci\.csv$/);
  const csv = await readFile(await download.path(), "utf8");
  assert.match(csv, /^stage,activity,hours,Marketing,SDR\/BDR,Sales \(AE\),RevOps,Leadership\n/);

  const changed = csv.replace("attract,Run paid and content campaigns,120,RA,,,,I", "attract,Run paid and content campaigns,120,RA,R,,,I");
  await page.locator("#csv-file").setInputFiles({ name: "m.csv", mimeType: "text/csv", buffer: Buffer.from(changed) });
  await page.getByText("The matrix was replaced from the CSV.").waitFor();
  await page.locator(".findings").getByText("“Run paid and content campaigns” is done by marketing").waitFor();
  await page.locator(".notice").getByRole("button", { name: "Undo" }).click();
  assert.deepEqual(await matrix(), before);

  await page.locator("#csv-paste").fill(csv);
  await page.getByRole("button", { name: "Import the pasted CSV" }).click();
  await page.getByText("The matrix was replaced from the CSV.").waitFor();
  assert.deepEqual(await matrix(), before, "the round trip keeps every letter");

  await page.locator("#csv-paste").fill("stage,activity,hours,Marketing\nattract,Ads,1,RA\nlaunch,Party,2,R\n");
  await page.getByRole("button", { name: "Import the pasted CSV" }).click();
  const problem = page.locator(".notice--problem");
  await problem.waitFor();
  assert.match(await problem.innerText(), /The CSV was not imported; the matrix is unchanged/);
  assert.match(await problem.innerText(), /Line 3, column 1: “launch” is not a stage/);
  assert.deepEqual(await matrix(), before);
  assertNoErrors(page);
  await context.close();
});

test("round 1 in Russian, and axe-core finds nothing on the empty and the filled matrix", async () => {
  const context = await newContext({ locale: "ru-RU" });
  const page = await openApp(context, "#/round/1");
  await page.getByRole("heading", { name: "Начните матрицу" }).waitFor();
  await assertAccessible(page, "empty round 1 (ru)");
  await page.getByRole("button", { name: "Начать с типичных действий" }).click();
  await page.locator("#cell-a1-r1").waitFor();
  assert.equal(await page.locator("#activity-name-a1").inputValue(), "Планирование и запуск кампаний");
  await cell(page, "a1", "r1").click();
  await page.locator(".findings").getByText("У «Планирование и запуск кампаний» нет A").waitFor();
  await assertAccessible(page, "filled round 1 (ru)");
  await page.locator("#language").selectOption("en");
  await page.locator(".findings").getByText("“Планирование и запуск кампаний” has no A").waitFor();
  await assertAccessible(page, "filled round 1 (en)");
  assertNoErrors(page);
  await context.close();
});

test("deleting a role that owns work in other rounds keeps the plan whole; Undo names it again", async () => {
  const context = await newContext();
  const page = await openApp(context, "#/plans");
  await page.getByRole("button", { name: "Load the example plan" }).click();
  await page.getByRole("link", { name: /Round 1/ }).click();
  await page.locator(".role-table").getByRole("button", { name: "Delete Marketing" }).click();
  await page.locator(".notice").getByRole("button", { name: "Undo" }).click();
  await page.getByRole("link", { name: /Round 3/ }).click();
  assert.equal(await page.locator("#goal-owner-g5").inputValue(), "r1", "Undo put the owner back");

  await page.getByRole("link", { name: /Round 1/ }).click();
  await page.locator(".role-table").getByRole("button", { name: "Delete Marketing" }).click();
  await waitSaved(page);
  await page.reload();
  await page.locator("#plan-title").waitFor();
  // The saved plan still loads: nothing points at the deleted role, nothing was set aside.
  assert.equal(await page.locator(".notice").count(), 0);
  assert.equal(await page.locator(".role-table").getByRole("button", { name: "Delete Marketing" }).count(), 0);
  await page.getByRole("link", { name: /Round 3/ }).click();
  assert.equal(await page.locator("#goal-owner-g5").inputValue(), "");
  assertNoErrors(page);
  await context.close();
});
