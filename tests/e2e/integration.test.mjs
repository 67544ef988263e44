// Round 4: campaigns and deals pasted as CSV, the models ranking them differently, kept across a
// reload; bad CSV answered in the page; the integration's checks; both languages with axe-core.
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertAccessible, assertNoErrors, hiddenSideways, newContext, openApp, storedData, waitSaved } from "./harness.mjs";

const CAMPAIGNS = "campaign,channel,cost\nAds,paid search,1000\nWebinar,events,500\nEbook,content,200\n";
// First touch: Ebook leads (30,000); last touch: Ads leads (30,000).
const DEALS = [
  "deal,amount,close_date,campaign,touch_date",
  "Acme,20000,2027-03-31,Ebook,2027-01-05",
  "Acme,20000,2027-03-31,Webinar,2027-02-10",
  "Acme,20000,2027-03-31,Ads,2027-03-30",
  "Brightline,10000,2027-03-20,Ebook,2027-01-20",
  "Brightline,10000,2027-03-20,Ads,2027-03-18",
  "Corvid,5000,2027-02-28,Webinar,2027-02-01",
].join("\n");

const ranking = (page) => page.locator("table.attribution tbody th").allInnerTexts();
const chartLabel = (page) => page.locator("figure.chart canvas").getAttribute("aria-label");

async function paste(page, id, text, button) {
  await page.locator(`#${id}-paste`).fill(text);
  await page.getByRole("button", { name: button }).click();
}

test("paste campaigns and deals, switch models, see the ranking change, reload and find it kept", async () => {
  const context = await newContext();
  const page = await openApp(context, "#/round/4");
  await page.getByText("Bring campaigns in from a CSV").click();
  await paste(page, "campaigns-csv", CAMPAIGNS, "Bring in the campaigns");
  await page.getByText("Campaigns brought in: 3 added, 0 updated.").waitFor();
  await paste(page, "deals-csv", DEALS, "Bring in the deals");
  await page.getByText("3 deals brought in; they replace the deals that were here.").waitFor();
  assert.equal(await page.getByTestId("deals-summary").innerText(), "3 deals, 6 touch points, 35,000 in revenue.");

  await page.locator("#agreed-model").selectOption("first-touch");
  await page.waitForFunction(() => document.querySelector("table.attribution tbody th")?.innerText === "Ebook");
  assert.deepEqual(await ranking(page), ["Ebook", "Webinar", "Ads"]);
  const firstTouchRow = page.locator("table.attribution tbody tr").first();
  assert.match(await firstTouchRow.locator("td.chosen").innerText(), /30,000\s+ROI 14,900%/);
  await page.waitForFunction(() => /^Chart .*: Ebook 30,000/.test(document.querySelector("figure.chart canvas").getAttribute("aria-label")));
  const firstTouchPixels = await page.locator("figure.chart canvas").evaluate((c) => c.toDataURL());

  await page.locator("#agreed-model").selectOption("last-touch");
  await page.waitForFunction(() => document.querySelector("table.attribution tbody th")?.innerText === "Ads");
  assert.deepEqual(await ranking(page), ["Ads", "Webinar", "Ebook"]);
  assert.match(await chartLabel(page), /: Ads 30,000 \(ROI 2,900%\)/);
  await page.waitForFunction((old) => document.querySelector("figure.chart canvas").toDataURL() !== old, firstTouchPixels);
  // The journey of the deal with most touches, split by every model.
  const journey = page.locator("table.journey tbody tr");
  assert.deepEqual(await journey.locator("th").allInnerTexts(), ["Ebook", "Webinar", "Ads"]);
  assert.match(await journey.nth(1).innerText(), /49\s+0\s+0\s+6,667\s+4,000\s+6,667\s+171$/);
  // A shorter half-life leaves the webinar seven weeks before the close almost nothing.
  await page.locator("#half-life").fill("1");
  await page.locator("#half-life").blur();
  await page.waitForFunction(() => /\t0$/.test(document.querySelectorAll("table.journey tbody tr")[1].innerText));

  // A bad CSV is answered in the page; the deals stay as they were.
  await paste(page, "deals-csv", `${DEALS}\nDelta,abc,2027-01-01,Ads,2026-12-01`, "Bring in the deals");
  await page.getByRole("alert").getByText("Line 8, column 2: “abc” is not an amount").waitFor();
  await paste(page, "deals-csv", "deal,amount,close_date,campaign,touch_date\nE,1,2027-01-01,Ads,2027-02-01", "Bring in the deals");
  await page.getByRole("alert").getByText("Line 2, column 5: the touch point comes after the deal closed").waitFor();
  assert.equal(await page.getByTestId("deals-summary").innerText(), "3 deals, 6 touch points, 35,000 in revenue.");

  await waitSaved(page);
  await page.reload();
  await page.locator("table.attribution").waitFor();
  assert.equal(await page.locator("#agreed-model").inputValue(), "last-touch");
  assert.equal(await page.locator("#half-life").inputValue(), "1");
  assert.deepEqual(await ranking(page), ["Ads", "Webinar", "Ebook"]);
  assert.equal(await page.getByTestId("deals-summary").innerText(), "3 deals, 6 touch points, 35,000 in revenue.");

  // The deals are stored under their own key, and an edit elsewhere does not rewrite them.
  const dealsKey = Object.keys(await storedData(page)).find((key) => key.startsWith("six-rounds/deals/"));
  assert.equal(JSON.parse((await storedData(page))[dealsKey]).length, 3);
  await page.evaluate(() => {
    window.written = [];
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      window.written.push(key);
      return setItem.call(this, key, value);
    };
  });
  await page.locator("#half-life").fill("3");
  await page.locator("#half-life").blur();
  await waitSaved(page);
  const afterEdit = await page.evaluate(() => window.written.splice(0));
  assert.ok(afterEdit.some((key) => key.startsWith("six-rounds/plan/")), `plan written: ${afterEdit}`);
  assert.ok(!afterEdit.includes(dealsKey), `deals left alone: ${afterEdit}`);
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  assert.equal(await page.locator("#half-life").inputValue(), "1");
  await page.getByRole("button", { name: "Add a deal" }).click();
  await waitSaved(page);
  assert.ok((await page.evaluate(() => window.written)).includes(dealsKey), "a new deal is written");
  assert.equal(JSON.parse((await storedData(page))[dealsKey]).length, 4);

  // On a narrow screen the agreed model's column stays in sight while the others scroll.
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.locator("#agreed-model").selectOption("time-decay");
  await page.locator("table.attribution th.chosen").waitFor();
  const inSight = () => page.evaluate(() => {
    const box = document.querySelector("table.attribution").closest(".table-scroll").getBoundingClientRect();
    const cell = document.querySelector("table.attribution th.chosen").getBoundingClientRect();
    return cell.left >= box.left - 1 && cell.right <= box.right + 1;
  });
  assert.ok(await inSight(), "the agreed model's column is in sight");
  await page.locator("#agreed-model").selectOption("last-touch");
  await page.setViewportSize({ width: 1280, height: 800 });

  // The Decision shows the agreed model.
  await page.goto(page.url().replace(/#.*/, "#/decision"));
  await page.getByText("Last touch").waitFor();
  assertNoErrors(page);
  await context.close();
});

test("systems, field maps and stage names: the checks follow each edit; deals typed by hand; undo", async () => {
  const context = await newContext();
  const page = await openApp(context, "#/round/4");
  const summary = page.getByTestId("integration-summary");
  // A new row takes the focus on the next frame: type once it has it.
  const focused = (id) => page.waitForFunction((id) => document.activeElement?.id === id, id);
  await page.getByRole("button", { name: "Add a system" }).click();
  await focused("system-name-s1");
  await page.keyboard.type("Salesforce");
  await page.locator("#system-kind-s1").selectOption("crm");
  await page.getByRole("button", { name: "Add a system" }).click();
  await focused("system-name-s2");
  await page.keyboard.type("HubSpot");
  await page.locator("#system-kind-s2").selectOption("marketing-automation");
  await page.getByText("Salesforce has no owner: nobody answers for its data.").waitFor();
  await page.locator("#system-owner-s1").selectOption({ label: "RevOps" });
  await page.locator("#system-owner-s2").selectOption({ label: "Marketing" });

  await page.getByRole("button", { name: "Map a field" }).click();
  await focused("map-from-field-f1");
  await page.keyboard.type("lifecyclestage");
  assert.equal(await page.locator("#map-from-system-f1").inputValue(), "s2", "from the automation tool");
  await page.locator("#map-to-field-f1").fill("Lead_Status__c");
  await page.locator("#map-direction-f1").selectOption("both");
  await page.getByText("HubSpot.lifecyclestage → Salesforce.Lead_Status__c syncs both ways with no system of record").waitFor();
  await page.locator("#map-record-f1").selectOption("s1");
  await page.waitForFunction(() => !document.body.innerText.includes("syncs both ways with no system of record"));

  // Round 2 has no stages here, so all nine are listed; give two the same CRM status.
  assert.equal(await page.locator("table.stage-map tbody tr").count(), 9);
  await page.locator("#stage-crm-mql").fill("Open");
  await page.locator("#stage-crm-sql").fill("open");
  await page.getByText("“Open” in the CRM stands for several stages (MQL, SQL)").waitFor();
  assert.match(await summary.innerText(), /things to settle/);

  // A deal typed by hand: a touch after the close is refused with a message.
  await page.getByRole("button", { name: "Add a campaign" }).click();
  await page.waitForFunction(() => document.activeElement?.id?.startsWith("campaign-name-"));
  await page.keyboard.type("Webinar");
  await page.getByRole("button", { name: "Add a deal" }).click();
  await focused("deal-name-d1");
  await page.keyboard.press("Control+a");
  await page.keyboard.type("Acme");
  await page.locator("#deal-amount-d1").fill("12000");
  await page.locator("#deal-amount-d1").blur();
  await page.locator("#deal-close-d1").fill("2027-03-31");
  await page.getByRole("button", { name: "Add a touch point" }).click();
  await page.locator("#touch-date-d1-0").fill("2027-04-02");
  await page.getByRole("alert").getByText("A touch point cannot come after the deal closed.").waitFor();
  await page.locator("#touch-date-d1-0").fill("2027-03-01");
  await page.getByTestId("deals-summary").getByText("1 deals, 1 touch points, 12,000 in revenue.").waitFor();
  await page.locator("table.attribution tbody tr", { hasText: "Webinar" }).getByText("12,000").first().waitFor();

  // Deleting the campaign takes its touch point with it; Undo brings both back.
  await page.getByRole("button", { name: "Delete Webinar" }).click();
  await page.getByTestId("deals-summary").getByText("1 deals, 0 touch points").waitFor();
  await page.locator(".notices").getByRole("button", { name: "Undo" }).click();
  await page.getByTestId("deals-summary").getByText("1 deals, 1 touch points").waitFor();
  assertNoErrors(page);
  await context.close();
});

test("round 4 speaks Russian with the example plan, and axe-core finds nothing in either language", async () => {
  const context = await newContext({ locale: "ru-RU" });
  const page = await openApp(context, "#/plans");
  await page.getByRole("button", { name: "Открыть пример плана" }).click();
  await page.getByRole("link", { name: /Раунд 4/ }).click();
  await page.getByRole("heading", { name: "Сопоставление полей" }).waitFor();
  await page.getByText("У этапа «Клиент» нет имени в CRM.").waitFor();
  await page.getByText("«salesqualifiedlead» в системе автоматизации маркетинга означает сразу несколько этапов").waitFor();
  assert.equal(await page.locator("#agreed-model").inputValue(), "w-shaped");
  // On a 1366-pixel projector each field map is in sight whole, its system of record and note
  // on a second line under their column names.
  await page.setViewportSize({ width: 1366, height: 768 });
  const maps = ".table-scroll:has(> table.field-maps)";
  assert.equal(await hiddenSideways(page, maps), 0, "the field maps fit (ru)");
  // So does one deal's journey: its campaign, date and all six models' credit.
  const journey = ".table-scroll:has(> table.journey)";
  assert.equal(await hiddenSideways(page, journey), 0, "the deal's journey fits (ru)");
  const firstMap = page.locator("table.field-maps tbody tr").first();
  assert.deepEqual(await firstMap.locator(".cell-caption").allInnerTexts(), ["Главная система", "Обязательное", "Преобразование"]);
  await assertAccessible(page, "round 4 (ru)");
  await page.locator("#language").selectOption("en");
  await page.getByRole("heading", { name: "Field mapping" }).waitFor();
  await page.getByText("Ranked by: W-shaped (30/30/30 + 10).").waitFor();
  assert.equal(await hiddenSideways(page, maps), 0, "the field maps fit (en)");
  assert.equal(await hiddenSideways(page, journey), 0, "the deal's journey fits (en)");
  await assertAccessible(page, "round 4 (en)");
  assertNoErrors(page);
  await context.close();
});
