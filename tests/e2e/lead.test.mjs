// Round 2: a scoring model built by hand, one lead tested, past leads back-tested, kept.
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertAccessible, assertNoErrors, newContext, openApp, waitSaved } from "./harness.mjs";

async function setCriterion(page, id, { field, operator, value, points, decay }) {
  await page.locator(`#criterion-field-${id}`).fill(field);
  if (operator) await page.locator(`#criterion-operator-${id}`).selectOption(operator);
  await page.locator(`#criterion-value-${id}`).fill(value);
  await page.locator(`#criterion-points-${id}`).fill(String(points));
  await page.locator(`#criterion-points-${id}`).blur();
  if (decay) {
    await page.locator(`#criterion-decay-${id}`).fill(String(decay));
    await page.locator(`#criterion-decay-${id}`).blur();
  }
}

const daysAgo = (days) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

test("build a scoring model, test a lead, back-test past leads, reload and find it kept", async () => {
  const context = await newContext();
  const page = await openApp(context, "#/round/2");
  await page.getByRole("button", { name: "Add a criterion: Fit" }).click();
  await setCriterion(page, "c1", { field: "industry", operator: "one-of", value: "software, fintech", points: 30 });
  await page.getByRole("button", { name: "Add a criterion: Fit" }).click();
  await setCriterion(page, "c2", { field: "email", operator: "contains", value: "gmail", points: -20 });
  await page.getByRole("button", { name: "Add a criterion: Engagement" }).click();
  await setCriterion(page, "c3", { field: "demo", operator: "within-days", value: "30", points: 40, decay: 14 });
  await page.locator("#mql-threshold").fill("50");
  await page.locator("#mql-threshold").blur();
  await page.locator("#sql-threshold").fill("65");
  await page.locator("#sql-threshold").blur();

  // One lead: software, a demo today -> 30 + 40 = 70 -> SQL.
  await page.getByLabel("industry", { exact: true }).fill("Software");
  await page.getByLabel("demo", { exact: true }).fill(daysAgo(0));
  await page.locator(".lead-score").getByText("Score 70 (fit 30, engagement 40)").waitFor();
  assert.match(await page.locator(".lead-score").innerText(), /SQL/);
  // The same demo 14 days ago is worth half.
  await page.getByLabel("demo", { exact: true }).fill(daysAgo(14));
  await page.locator(".lead-score").getByText("Score 50 (fit 30, engagement 20)").waitFor();
  assert.match(await page.locator(".lead-score").innerText(), /MQL/);
  await page.getByLabel("email", { exact: true }).fill("someone@gmail.com");
  await page.locator(".lead-score").getByText("Score 30").waitFor();

  const csv = [
    "industry,email,demo,outcome",
    `software,a@corp.com,${daysAgo(1)},won`,
    `fintech,b@corp.com,${daysAgo(2)},won`,
    `software,c@gmail.com,,lost`,
    `retail,d@corp.com,${daysAgo(3)},lost`,
    `retail,e@corp.com,,lost`,
  ].join("\n");
  await page.locator("#leads-paste").fill(csv);
  await page.getByRole("button", { name: "Back-test the pasted leads" }).click();
  await page.getByText("5 past leads scored.").waitFor();
  const mqlRow = page.locator("table.backtest tr", { hasText: "MQL threshold" });
  assert.deepEqual((await mqlRow.locator("td").allInnerTexts()), ["2", "0", "0", "100%", "100%"]);
  await page.getByRole("button", { name: /^Use \d+ as the MQL threshold$/ }).click();
  const suggested = await page.locator("#mql-threshold").inputValue();
  assert.ok(Number(suggested) > 40, `suggested ${suggested}`);

  await page.locator("#leads-paste").fill("industry,outcome\nsoftware,maybe\n");
  await page.getByRole("button", { name: "Back-test the pasted leads" }).click();
  await page.getByText("Line 2, column 2: “maybe” is not an outcome").waitFor();

  await waitSaved(page);
  await page.reload();
  await page.locator("#criterion-field-c3").waitFor();
  assert.equal(await page.locator("#criterion-field-c3").inputValue(), "demo");
  assert.equal(await page.locator("#criterion-decay-c3").inputValue(), "14");
  assert.equal(await page.locator("#criterion-points-c2").inputValue(), "-20");
  assert.equal(await page.locator("#mql-threshold").inputValue(), suggested);
  assertNoErrors(page);
  await context.close();
});

test("round 2 speaks Russian and axe-core finds nothing", async () => {
  const context = await newContext({ locale: "ru-RU" });
  const page = await openApp(context, "#/plans");
  await page.getByRole("button", { name: "Открыть пример плана" }).click();
  await page.getByRole("link", { name: /Раунд 2/ }).click();
  await page.getByRole("heading", { name: "Критерии оценки" }).waitFor();
  await page.getByLabel("industry", { exact: true }).fill("software");
  await page.locator(".lead-score").getByText("Баллы: 15").waitFor();
  await assertAccessible(page, "round 2 (ru)");
  assertNoErrors(page);
  await context.close();
});

test("stages get entry criteria and owners from round 1; hand-off rules draw the lead's path", async () => {
  const context = await newContext();
  const page = await openApp(context, "#/round/2");
  await page.locator("#stage-entry-mql").fill("Score of 60 or more");
  await page.locator("#stage-entry-mql").blur();
  await page.locator("#stage-owner-mql").selectOption({ label: "Marketing" });
  await page.locator("#stage-owner-sql").selectOption({ label: "Sales (AE)" });
  await page.locator("#handoff-acceptor").selectOption({ label: "SDR/BDR" });
  await page.locator("#handoff-window").fill("4");
  await page.locator("#handoff-window").blur();
  await page.locator("#new-reason").fill("Student, not a buyer");
  await page.getByRole("button", { name: "Add reason" }).click();
  await page.locator("#handoff-recycle").fill("-3");
  await page.locator("#handoff-recycle").blur();
  await page.getByText("Enter a number from 1 to 3,650.").waitFor();

  const flow = page.locator(".flow");
  await flow.getByText("accepted within 4 h").waitFor();
  assert.match(await flow.innerText(), /MQL\s+Marketing[\s\S]*SAL\s+— nobody yet —[\s\S]*SQL\s+Sales \(AE\)/);
  assert.match(await page.locator(".flow-back").innerText(), /Rejected by SDR\/BDR → recycled after 90 days/);

  // A renamed role is renamed everywhere it owns something.
  await page.goto(page.url().replace("#/round/2", "#/round/1"));
  await page.locator("#role-name-r1").fill("Demand gen");
  await page.goto(page.url().replace("#/round/1", "#/round/2"));
  await page.locator(".flow").getByText("Demand gen").waitFor();

  await waitSaved(page);
  await page.reload();
  await page.locator("#stage-entry-mql").waitFor();
  assert.equal(await page.locator("#stage-entry-mql").inputValue(), "Score of 60 or more");
  assert.equal(await page.locator("#handoff-window").inputValue(), "4");
  await page.locator(".reasons").getByText("Student, not a buyer").waitFor();
  await page.getByRole("button", { name: "Delete Student, not a buyer" }).click();
  assert.equal(await page.locator(".reasons li").count(), 0);
  assertNoErrors(page);
  await context.close();
});

test("each side proposes thresholds beside the agreed ones; the grade matrix marks sales-ready leads", async () => {
  const context = await newContext();
  const page = await openApp(context, "#/round/2");
  for (const [id, value] of [["mql-marketing", "40"], ["mql-sales", "70"], ["mql-threshold", "55"]]) {
    await page.locator(`#${id}`).fill(value);
    await page.locator(`#${id}`).blur();
  }
  await page.getByRole("button", { name: "Add a criterion: Fit" }).click();
  await setCriterion(page, "c1", { field: "industry", operator: "equals", value: "software", points: 20 });
  await page.getByLabel("industry", { exact: true }).fill("software");
  // Fit 20 of 20 -> grade A; no engagement criteria -> level 1.
  await page.locator(".lead-score").getByText("grade A1").waitFor();
  await page.locator(".lead-score").getByText("Its grade is not marked sales-ready.").waitFor();
  await page.getByRole("button", { name: "A1 is sales-ready" }).click();
  assert.equal(await page.locator("#grade-A1").getAttribute("aria-pressed"), "true");
  await page.locator(".lead-score").getByText("Its grade is sales-ready.").waitFor();
  await waitSaved(page);
  await page.reload();
  await page.locator("#grade-A1").waitFor();
  assert.equal(await page.locator("#grade-A1").getAttribute("aria-pressed"), "true");
  assert.equal(await page.locator("#mql-marketing").inputValue(), "40");
  assert.equal(await page.locator("#mql-sales").inputValue(), "70");
  assert.equal(await page.locator("#mql-threshold").inputValue(), "55");
  await assertAccessible(page, "round 2 with proposals and matrix");
  assertNoErrors(page);
  await context.close();
});
