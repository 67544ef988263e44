// Round 5: the calculator from a revenue goal, the commitments, two months of actuals with
// compliance and the chart, sign-offs that go stale when a number changes, kept on reload;
// Russian and English with axe-core.
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertAccessible, assertNoErrors, hiddenSideways, newContext, openApp, waitSaved } from "./harness.mjs";

async function setNumber(page, locator, value) {
  await locator.fill(String(value));
  await locator.blur();
}

test("set a revenue goal, see the commitments, track two months, sign off, change a number, reload", async () => {
  const context = await newContext();
  const page = await openApp(context, "#/round/5");
  await page.getByText("Enter the revenue goal to work the funnel back.").waitFor();
  await setNumber(page, page.locator("#sla-revenue"), 1200000);
  await setNumber(page, page.locator("#sla-deal-size"), 24000);
  await setNumber(page, page.locator("#sla-reps"), 5);
  // 3,385 MQLs, 440 SQLs and 50 deals over a quarter, a month each rounded up.
  await page.getByTestId("sla-monthly").getByText("1,129").waitFor();
  assert.match(await page.getByTestId("sla-monthly").innerText(), /1,129[\s\S]*147[\s\S]*17/);
  assert.match(await page.getByTestId("sla-capacity").innerText(), /takes 11\.3 reps; the team has 5\. The plan is impossible/);
  await page.getByRole("button", { name: "Make these the commitments" }).click();
  assert.equal(await page.locator("#commit-mqls").inputValue(), "1129");
  assert.equal(await page.locator("#commit-deals").inputValue(), "17");
  await setNumber(page, page.locator("#commit-response"), 5);
  await page.getByTestId("speed-note").getByText("Within five minutes").waitFor();

  await page.getByRole("button", { name: "Add a month" }).click();
  await page.getByRole("button", { name: "Add a month" }).click();
  const rows = page.locator("table.tracking tbody tr");
  assert.equal(await rows.count(), 2);
  const fillRow = async (row, values) => {
    for (const [which, value] of Object.entries(values)) {
      await setNumber(page, rows.nth(row).locator(`input[id^="actual-${which}-"]`), value);
    }
  };
  await fillRow(0, { delivered: 1017, accepted: 900, worked: 855, closed: 12 });
  await fillRow(1, { delivered: 700, accepted: 600, worked: 420, closed: 17 });
  await rows.nth(0).getByText("90% · on track").waitFor();
  await rows.nth(0).getByText("95% · on track").waitFor();
  await rows.nth(1).getByText("62% · off track").waitFor();
  await rows.nth(1).getByText("70% · at risk").waitFor();
  const firstMonth = await rows.nth(0).locator("th").innerText();
  await page.waitForFunction((month) =>
    document.querySelector("section[aria-labelledby=tracking-heading] canvas").getAttribute("aria-label")
      .includes(`Marketing: MQLs against the commitment: ${month} 90%`), firstMonth);

  // Sign-offs: a name is needed; a changed number makes the signature stale.
  await page.getByTestId("signoff-sales").getByRole("button", { name: "Sign the agreement" }).click();
  await page.getByTestId("signoff-sales").getByRole("alert").getByText("Enter the name of whoever signs.").waitFor();
  await page.locator("#signoff-name-marketing").fill("Maya Ortiz");
  await page.getByTestId("signoff-marketing").getByRole("button", { name: "Sign the agreement" }).click();
  await page.getByTestId("signoff-marketing").getByText(/^Signed by Maya Ortiz on /).waitFor();
  assert.match(await page.getByTestId("agreement-text").innerText(), /Marketing delivers 1129 marketing-qualified leads/);
  await setNumber(page, page.locator("#commit-mqls"), 1200);
  await page.getByTestId("signoff-marketing").getByText(/a number has changed since: this needs a new sign-off/).waitFor();
  assert.equal(await page.getByTestId("signoff-marketing").getAttribute("data-state"), "stale");
  assert.match(await page.getByTestId("agreement-text").innerText(), /Marketing delivers 1200 marketing-qualified leads/);

  await waitSaved(page);
  await page.reload();
  await page.locator("table.tracking").waitFor();
  assert.equal(await page.locator("table.tracking tbody tr").count(), 2);
  assert.equal(await page.getByTestId("signoff-marketing").getAttribute("data-state"), "stale");
  await page.locator("#signoff-name-marketing").fill("Maya Ortiz");
  await page.getByRole("button", { name: "Sign the current numbers" }).click();
  await page.getByTestId("signoff-marketing").getByText(/^Signed by Maya Ortiz on /).waitFor();
  assertNoErrors(page);
  await context.close();
});

test("round 5 speaks Russian with the example plan, and axe-core finds nothing in either language", async () => {
  const context = await newContext({ locale: "ru-RU" });
  const page = await openApp(context, "#/plans");
  await page.getByRole("button", { name: "Открыть пример плана" }).click();
  await page.getByRole("link", { name: /Раунд 5/ }).click();
  await page.getByRole("heading", { name: "Калькулятор" }).waitFor();
  assert.match(await page.getByTestId("agreement-text").innerText(), /в течение 1 часа, делают 5 попыток связаться за 14 дней/);
  assert.equal(await page.getByTestId("signoff-sales").getAttribute("data-state"), "signed");
  // On a 1366-pixel projector the month-by-month table, both sides' compliance included, is
  // in sight without scrolling sideways.
  await page.setViewportSize({ width: 1366, height: 768 });
  const tracking = ".table-scroll:has(> table.tracking)";
  assert.equal(await hiddenSideways(page, tracking), 0, "the tracking table fits (ru)");
  await assertAccessible(page, "round 5 (ru)");
  await page.locator("#language").selectOption("en");
  await page.getByRole("heading", { name: "The calculator" }).waitFor();
  assert.match(await page.getByTestId("agreement-text").innerText(), /within 1 hour, makes 5 attempts over 14 days/);
  assert.equal(await hiddenSideways(page, tracking), 0, "the tracking table fits (en)");
  await assertAccessible(page, "round 5 (en)");
  assertNoErrors(page);
  await context.close();
});
