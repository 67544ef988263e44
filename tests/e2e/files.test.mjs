// JSON files: export, import by picker, paste and drop; hostile files and hostile text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import {
  assertNoErrors, newContext, openApp, setTitle, storedData, waitSaved,
} from "./harness.mjs";

async function exportPlan(page) {
  await page.getByRole("link", { name: "Share & files" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download JSON file" }).click(),
  ]);
  const text = await readFile(await download.path(), "utf8");
  return { name: download.suggestedFilename(), text };
}

test("export then import by file picker gives the same plan, added beside the others", async () => {
  const context = await newContext();
  const page = await openApp(context, "#/plans");
  await page.getByRole("button", { name: "Load the example plan" }).click();
  await setTitle(page, "Export me");
  const { name, text } = await exportPlan(page);
  assert.match(name, /^export-me-\d{4}-\d{2}-\d{2}\.six-rounds\.json$/);
  const exported = JSON.parse(text);
  assert.equal(exported.format, "six-rounds-plan");
  assert.equal(exported.schema, 2);
  assert.match(exported.id, /^[A-Za-z0-9_-]{1,64}$/);

  // The same plan coming back unchanged: nothing to merge, nothing added.
  await page.locator("#import-file").setInputFiles({
    name: "plan.json", mimeType: "application/json", buffer: Buffer.from(text),
  });
  await page.getByText("The copy of “Export me” says exactly what your plan says: nothing to merge.").waitFor();
  // As another plan (its own id), it is added beside the original.
  const another = JSON.stringify({ ...exported, id: "p-another-export" });
  await page.locator("#import-file").setInputFiles({
    name: "plan.json", mimeType: "application/json", buffer: Buffer.from(another),
  });
  await page.getByText("“Export me” was imported as a new plan").waitFor();
  const plans = Object.entries(await storedData(page))
    .filter(([key]) => key.startsWith("six-rounds/plan/"))
    .map(([, stored]) => JSON.parse(stored))
    .filter((plan) => plan.title === "Export me");
  assert.equal(plans.length, 2, "the import is a new plan, the original stays");
  for (const round of ["roles", "lead", "goals", "integration", "sla", "cadence"]) {
    assert.deepEqual(plans[0][round], plans[1][round], round);
  }
  assertNoErrors(page);
  await context.close();
});

test("a pasted plan and a dropped file are imported", async () => {
  const context = await newContext();
  const page = await openApp(context, "#/share");
  const json = JSON.stringify({
    format: "six-rounds-plan", schema: 1, title: "Pasted plan", language: "ru",
    created: "2026-01-01T00:00:00Z", updated: "2026-01-02T00:00:00Z",
  });
  await page.locator("#import-paste").fill(json);
  await page.getByRole("button", { name: "Import what I pasted" }).click();
  await page.getByText("“Pasted plan” was imported").waitFor();

  // Another plan (created at another time: a schema-1 plan's id comes from that).
  const dropped = json.replace("Pasted plan", "Dropped plan").replace("2026-01-01T00:00:00Z", "2025-06-01T00:00:00Z");
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], "dropped.six-rounds.json", { type: "application/json" }));
    return data;
  }, dropped);
  await page.locator("main").dispatchEvent("drop", { dataTransfer: transfer });
  await page.getByText("“Dropped plan” was imported").waitFor();
  assertNoErrors(page);
  await context.close();
});

test("hostile files are refused with the path and reason, and nothing stored changes", async () => {
  const context = await newContext();
  const page = await openApp(context, "#/share");
  await setTitle(page, "Keep me");
  const before = await storedData(page);
  const cases = [
    ["not json at all", /not valid JSON/],
    ['{"format":"six-rounds-plan","schema":3}', /newer version/],
    ['{"format":"six-rounds-plan","schema":2,"id":"../../x","language":"en","created":"2026-01-01T00:00:00Z","updated":"2026-01-01T00:00:00Z"}', /id: has the wrong form \(a plan id is 1 to 64 letters/],
    ['{"format":"six-rounds-plan","schema":1,"language":"en","created":"2026-01-01T00:00:00Z","updated":"2026-01-01T00:00:00Z","goals":{"nodes":[{"id":"g1","name":"a","side":"sideways","period":"month","formula":"sum"}]}}', /goals\.nodes\[0\]\.side: has the wrong form/],
    ["", /nothing to import/],
  ];
  for (const [content, message] of cases) {
    if (content) {
      await page.locator("#import-file").setInputFiles({
        name: "bad.json", mimeType: "application/json", buffer: Buffer.from(content),
      });
    } else {
      await page.locator("#import-paste").fill("   ");
      await page.getByRole("button", { name: "Import what I pasted" }).click();
    }
    const notice = page.locator(".notice--problem");
    await notice.waitFor();
    assert.match(await notice.innerText(), message);
    assert.deepEqual(await storedData(page), before);
    await page.getByRole("button", { name: "Dismiss" }).click();
  }
  assertNoErrors(page);
  await context.close();
});

test("a file whose values only break rules opens repaired as a new plan, the repairs listed, nothing I had changed", async () => {
  const context = await newContext();
  const page = await openApp(context, "#/share");
  await setTitle(page, "Keep me");
  const before = await storedData(page);
  const file = '{"format":"six-rounds-plan","schema":1,"language":"en","created":"2026-01-01T00:00:00Z","updated":"2026-01-01T00:00:00Z","title":"' + "x".repeat(300) + '","goals":{"nodes":[{"id":"g1","parent":"g2","name":"a","side":"sales","period":"month","formula":"sum"},{"id":"g2","parent":"g1","name":"b","side":"sales","period":"month","formula":"sum"}]}}';
  await page.locator("#import-file").setInputFiles({ name: "odd.json", mimeType: "application/json", buffer: Buffer.from(file) });
  const notice = page.locator(".notice--problem", { hasText: "were repaired" });
  await notice.waitFor();
  const words = await notice.innerText();
  assert.match(words, /The plan · title: is longer than 200 characters — shortened/);
  assert.match(words, /Goals · “a” · parent: the goals' parents lead back to the goal itself — cleared/);
  assert.equal((await page.locator("#plan-title").inputValue()).length, 200);
  await waitSaved(page);
  const after = await storedData(page);
  for (const [key, value] of Object.entries(before)) {
    if (key !== "six-rounds/library") assert.equal(after[key], value, `${key} is unchanged`);
  }
  assert.match(after["six-rounds/library"], /Keep me/);
  await context.close();
});

test("markup in a plan's text renders as text, never as HTML", async () => {
  const context = await newContext();
  const page = await openApp(context, "#/share");
  const attack = '<img src=x onerror="window.__pwned=1">';
  const plan = {
    format: "six-rounds-plan", schema: 1, title: attack, organisation: attack, language: "en",
    created: "2026-01-01T00:00:00Z", updated: "2026-01-01T00:00:00Z",
    roles: {
      roles: [{ id: "r1", name: attack, side: "marketing" }],
      activities: [{ id: "a1", name: "<script>window.__pwned=2</script>", stage: "attract", raci: { r1: "RA" } }],
    },
  };
  await page.locator("#import-paste").fill(JSON.stringify(plan));
  await page.getByRole("button", { name: "Import what I pasted" }).click();
  await page.locator(".notice").first().waitFor();
  await page.getByRole("link", { name: /Round 1/ }).click();
  await page.getByRole("table").waitFor();
  assert.equal(await page.locator("main img").count(), 0);
  assert.equal(await page.locator("main script").count(), 0);
  assert.ok((await page.locator("main").innerText()).includes(attack));
  assert.equal(await page.locator("#plan-title").inputValue(), attack);
  await page.getByRole("link", { name: "Plans", exact: true }).click();
  await page.locator(".plan-row-title", { hasText: attack }).first().waitFor();
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assertNoErrors(page);
  await context.close();
});
