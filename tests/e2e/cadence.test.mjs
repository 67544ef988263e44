// Round 6: a cadence and its next dates, action items and a pulse on the agenda, the .ics
// downloaded and read, kept across a reload; Russian and English with axe-core.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { assertAccessible, assertNoErrors, hiddenSideways, newContext, openApp, waitSaved } from "./harness.mjs";

test("set a cadence, see the next dates, add actions and a pulse, see the agenda, download the .ics, reload", async () => {
  const context = await newContext();
  const page = await openApp(context, "#/round/6");
  await page.getByText("Set the date of the first meeting to see the next ones.").waitFor();
  await page.locator("#meeting-frequency").selectOption("monthly-by-date");
  await page.locator("#meeting-starts").fill("2030-01-31");
  await page.locator("#meeting-time").fill("09:30");
  await page.locator("#meeting-time").blur();
  await page.locator("#meeting-zone").fill("Europe/Berlin");
  await page.locator("#meeting-zone").blur();
  await page.locator("#meeting-duration").fill("60");
  await page.locator("#meeting-duration").blur();
  // The 31st falls back to the last day of shorter months; 2030 is not a leap year.
  const dates = page.getByTestId("next-dates").locator("li");
  await dates.first().getByText("Thursday, 31 Jan 2030, 09:30 (Europe/Berlin)").waitFor();
  assert.deepEqual((await dates.allInnerTexts()).slice(0, 4), [
    "Thursday, 31 Jan 2030, 09:30 (Europe/Berlin)",
    "Thursday, 28 Feb 2030, 09:30 (Europe/Berlin)",
    "Sunday, 31 Mar 2030, 09:30 (Europe/Berlin)",
    "Tuesday, 30 Apr 2030, 09:30 (Europe/Berlin)",
  ]);
  // The instant behind each date follows summer time: 08:30 UTC in winter, 07:30 in April.
  assert.equal(await dates.first().locator("time").getAttribute("datetime"), "2030-01-31T08:30:00+00:00");
  assert.equal(await dates.nth(3).locator("time").getAttribute("datetime"), "2030-04-30T07:30:00+00:00");

  // The zones offered are the browser's own list.
  const zones = await page.locator("#zone-names option").evaluateAll((options) => options.map((o) => o.value));
  assert.ok(zones.length > 300 && zones[0] === "UTC" && zones.includes("America/Sao_Paulo"), `${zones.length} zones`);
  await page.locator("#meeting-zone").fill("Mars/Olympus");
  await page.locator("#meeting-zone").blur();
  await page.getByRole("alert").getByText("Not a known time zone").waitFor();
  await page.locator("#meeting-zone").fill("Europe/Berlin");
  await page.locator("#meeting-zone").blur();

  await page.getByRole("button", { name: "Add an action item" }).click();
  await page.keyboard.type("Send the rejected-lead report");
  await page.locator("#action-due-t1").fill("2030-01-15");
  await page.getByRole("button", { name: "Add an action item" }).click();
  await page.keyboard.type("Book the offsite");
  await page.locator("#action-done-t2").check();
  await page.locator("#standing-new").fill("Campaigns launching next month");
  await page.locator("#standing-new").press("Enter");
  await page.locator("#pulse-side").selectOption("sales");
  await page.locator("#pulse-score").selectOption("4");
  await page.getByRole("button", { name: "Record the score" }).click();
  await page.locator("#pulse-score").selectOption("2");
  await page.locator("#pulse-why").fill("Leads arrive without notes");
  await page.getByRole("button", { name: "Record the score" }).click();

  const agenda = page.getByTestId("agenda");
  await page.getByRole("heading", { name: "Agenda for Thursday, 31 Jan 2030" }).waitFor();
  await agenda.getByText("Send the rejected-lead report — no owner yet, OVERDUE since Tuesday, 15 Jan 2030").waitFor();
  assert.equal(await agenda.getByText("Book the offsite").count(), 0, "a done item leaves the agenda");
  await agenda.getByText("Working together: Sales's score fell").waitFor();
  await agenda.getByText("Campaigns launching next month").waitFor();
  const minutes = await agenda.locator(".agenda-minutes").allInnerTexts();
  assert.equal(minutes.reduce((sum, text) => sum + parseInt(text, 10), 0), 60, "the timeboxes fill the hour");
  assert.match(await page.locator("section[aria-labelledby=pulse-heading] canvas").getAttribute("aria-label"), /Sales's rating of the other side: .* 4, .* 2\./);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the series for a calendar (.ics)" }).click(),
  ]);
  assert.match(download.suggestedFilename(), /\.ics$/);
  const ics = await readFile(await download.path(), "utf8");
  const lines = ics.split("\r\n");
  assert.equal(lines[0], "BEGIN:VCALENDAR");
  assert.ok(lines.every((line) => Buffer.byteLength(line, "utf8") <= 75), "lines fold at 75 octets");
  const unfolded = ics.replace(/\r\n /g, "");
  assert.match(unfolded, /\r\nDTSTART;TZID=Europe\/Berlin:20300131T093000\r\n/);
  assert.match(unfolded, /\r\nRRULE:FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1\r\n/);
  assert.match(unfolded, /\r\nDURATION:PT60M\r\n/);
  assert.match(unfolded, /BEGIN:VTIMEZONE\r\nTZID:Europe\/Berlin\r\n/);
  // The zone's rules are the browser's: summer time in 2030 starts on 31 March at 02:00.
  assert.match(unfolded, /BEGIN:DAYLIGHT\r\nDTSTART:20300331T020000\r\nTZOFFSETFROM:\+0100\r\nTZOFFSETTO:\+0200\r\nEND:DAYLIGHT/);
  assert.match(unfolded, /BEGIN:STANDARD\r\nDTSTART:20301027T030000\r\nTZOFFSETFROM:\+0200\r\nTZOFFSETTO:\+0100\r\nEND:STANDARD/);
  assert.match(unfolded, /DESCRIPTION:1\. SLA scorecard \(\d+ min\)\\n/);
  assert.match(unfolded, /Send the rejected-lead report — no owner yet\\, OVERDUE/);

  await waitSaved(page);
  await page.reload();
  await page.getByTestId("next-dates").waitFor();
  assert.equal(await page.locator("#meeting-zone").inputValue(), "Europe/Berlin");
  assert.equal(await page.locator("#action-text-t1").inputValue(), "Send the rejected-lead report");
  await page.getByTestId("agenda").getByText("Working together: Sales's score fell").waitFor();
  assertNoErrors(page);
  await context.close();
});

test("round 6 speaks Russian with the example plan, and axe-core finds nothing in either language", async () => {
  const context = await newContext({ locale: "ru-RU" });
  const page = await openApp(context, "#/plans");
  await page.getByRole("button", { name: "Открыть пример плана" }).click();
  await page.getByRole("link", { name: /Раунд 6/ }).click();
  await page.getByRole("heading", { name: "Совместная встреча" }).waitFor();
  await page.getByTestId("agenda").getByText("Карта SLA").waitFor();
  // On a 1366-pixel projector the action items fit without scrolling sideways.
  await page.setViewportSize({ width: 1366, height: 768 });
  const actions = ".table-scroll:has(> table.actions)";
  assert.equal(await hiddenSideways(page, actions), 0, "the action items fit (ru)");
  await assertAccessible(page, "round 6 (ru)");
  await page.locator("#language").selectOption("en");
  await page.getByRole("heading", { name: "The joint meeting" }).waitFor();
  await page.getByTestId("agenda").getByText("SLA scorecard").waitFor();
  assert.equal(await hiddenSideways(page, actions), 0, "the action items fit (en)");
  await assertAccessible(page, "round 6 (en)");
  assertNoErrors(page);
  await context.close();
});
