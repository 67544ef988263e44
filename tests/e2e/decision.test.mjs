// The Decision and the workshop: the overview with its health score and a finding fixed by
// following its link; facilitator mode with a timed round, keys, the parking lot and who
// agreed; the agreement printed to PDF (A4 and Letter) with all six rounds; the first-run
// hint; both languages with axe-core.
import { test } from "node:test";
import assert from "node:assert/strict";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { assertAccessible, assertNoErrors, newContext, openApp, waitSaved } from "./harness.mjs";

async function loadExample(page, name = "Load the example plan") {
  await page.goto(page.url().replace(/#.*/, "#/plans"));
  await page.getByRole("button", { name }).click();
  await waitSaved(page);
}

async function goTo(page, hash) {
  await page.goto(page.url().replace(/#.*/, hash));
  await page.locator("main h1").waitFor();
}

/** Every page's text and size (points) of a PDF. */
async function readPdf(bytes) {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: true }).promise;
  const pages = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const [, , width, height] = page.view;
    // Glyph runs are joined with spaces (a ligature splits "fi" off): compare words without them.
    const text = content.items.map((item) => item.str).join("").replace(/\s+/g, "");
    pages.push({ text, width, height });
  }
  return pages;
}

test("the decision: health explained, findings by round, a finding fixed by following its link", async () => {
  const context = await newContext();
  const page = await openApp(context, "#/plans");
  await loadExample(page);
  await goTo(page, "#/decision");
  await page.getByTestId("health-score").getByText("97 of 100").waitFor();
  assert.match(await page.locator(".health-lines").innerText(), /5\. The SLA\s+19 of 20 points\s+blocking: 0, warnings: 1/);
  assert.equal(await page.getByTestId("open-summary").innerText(), "0 to fix before the round is complete, 3 worth a look.");
  assert.equal(await page.getByTestId("open-round-1").getByText("Nothing open.").count(), 1);
  assert.equal(await page.getByTestId("fact-model").innerText(), "W-shaped (30/30/30 + 10)");

  // The warning in round 5 takes us to the field that settles it.
  await page.getByTestId("open-round-5").getByRole("link", { name: "The funnel needs 10.7 reps; the team has 8." }).click();
  await page.getByRole("heading", { level: 1, name: "The SLA" }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === "sla-reps");
  await page.locator("#sla-reps").fill("11");
  await page.locator("#sla-reps").blur();
  await goTo(page, "#/decision");
  await page.getByTestId("health-score").getByText("98 of 100").waitFor();
  assert.equal(await page.getByTestId("open-round-5").getByText("Nothing open.").count(), 1);

  // A changed number makes both signatures stale: the round is blocked until signed again.
  await goTo(page, "#/round/5");
  await page.locator("#commit-response").fill("30");
  await page.locator("#commit-response").blur();
  await goTo(page, "#/decision");
  const round5 = page.getByTestId("open-round-5");
  await round5.locator('.round-progress[data-progress="started"]').waitFor();
  const stale = round5.getByRole("link", { name: /needs signing again: Marketing's leader/ });
  assert.match(await round5.locator(".finding--blocking").first().innerText(), /Blocks the round/i);
  await stale.click();
  await page.waitForFunction(() => document.activeElement?.id === "signoff-name-marketing");
  for (const side of ["marketing", "sales"]) {
    await page.getByTestId(`signoff-${side}`).getByRole("button", { name: "Sign the current numbers" }).click();
  }
  await goTo(page, "#/decision");
  await round5.locator('.round-progress[data-progress="complete"]').waitFor();
  await page.getByTestId("health-score").getByText("98 of 100").waitFor();
  await assertAccessible(page, "the decision (en)");
  assertNoErrors(page);
  await context.close();
});

test("facilitator mode: a timed round with pause and extend, keys, the parking lot and who agreed", async () => {
  const context = await newContext();
  // Date.now() reads a time the test sets; timers run as usual, so the clock's tick shows it.
  const start = Date.parse("2027-01-04T10:00:00Z");
  const at = (seconds) => context.clock.setFixedTime(start + seconds * 1000);
  await at(0);
  const page = await openApp(context, "#/plans");
  await loadExample(page);
  await goTo(page, "#/round/1");
  await page.getByRole("button", { name: "Facilitate" }).click();
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains("facilitating")), true);
  assert.equal(await page.locator(".stepper").isVisible(), false);
  const bar = page.locator("body");
  await bar.getByTestId("facilitator-round").getByText("Round 1 of 6 — Roles").waitFor();
  const clock = bar.getByTestId("round-clock");
  assert.equal(await clock.innerText(), "30:00");

  // Time stands still until the clock is started; T starts and pauses it, + adds five minutes.
  await page.getByRole("button", { name: "Start", exact: true }).focus();
  await page.keyboard.press("t");
  await at(61);
  await clock.getByText("28:59").waitFor();
  await page.keyboard.press("+");
  await clock.getByText("33:59").waitFor();
  await page.getByRole("button", { name: "Pause", exact: true }).click();
  await at(181);
  await page.waitForTimeout(600);
  assert.equal(await clock.innerText(), "33:59");
  await page.getByRole("button", { name: "Start", exact: true }).click();

  // The next round by key: the running clock moves with it and round 1 keeps its time.
  await page.keyboard.press("ArrowRight");
  await bar.getByTestId("facilitator-round").getByText("Round 2 of 6 — The sales-ready lead").waitFor();
  await page.getByRole("heading", { level: 1, name: "The sales-ready lead" }).waitFor();
  await at(191);
  await clock.getByText("39:50").waitFor();
  // A short timebox runs over, in words and colour.
  await page.locator("#timebox-minutes").fill("1");
  await page.locator("#timebox-minutes").blur();
  await at(251);
  await clock.getByText("\u221200:10").waitFor();
  await bar.getByText("over time").waitFor();
  assert.equal(await bar.locator(".round-clock").getAttribute("data-state"), "over");
  // Keys do nothing while typing in a field.
  await page.locator("#round-agreed").fill("Maya (marketing) and Tom (sales)");
  await page.locator("#round-agreed").press("ArrowLeft");
  await page.keyboard.press("PageUp").catch(() => {});
  await bar.getByTestId("facilitator-round").getByText("Round 2 of 6").waitFor();
  await page.locator("main h1").click();
  await page.keyboard.press("PageUp");
  await bar.getByTestId("facilitator-round").getByText("Round 1 of 6").waitFor();
  assert.equal(await clock.innerText(), "33:59");

  // The parking lot: park a point, settle another.
  await bar.getByTestId("parking-summary").getByText("Parking lot: 1 open").click();
  await page.locator("#parking-new").fill("Who pays for the webinar platform?");
  await page.locator("#parking-new").press("Enter");
  await bar.getByTestId("parking-summary").getByText("Parking lot: 2 open").waitFor();
  await page.getByLabel(/Settled: Should SDRs report/).check();
  await bar.getByTestId("parking-summary").getByText("Parking lot: 1 open").waitFor();
  await assertAccessible(page, "facilitator mode (en)");

  // What the room agreed reaches the agreement document.
  await goTo(page, "#/agreement");
  await page.getByTestId("doc-round-2").getByText("Agreed: Maya (marketing) and Tom (sales)").waitFor();
  await page.locator("#doc-parking").locator("..").getByText("Who pays for the webinar platform?").waitFor();
  assert.equal(await page.locator("#doc-parking").locator("..").getByText("Should SDRs report").count(), 0);
  await page.getByRole("button", { name: "Leave facilitator mode" }).click();
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains("facilitating")), false);
  assertNoErrors(page);
  await context.close();
});

test("the agreement prints to PDF with all six rounds, on A4 and on Letter, in both languages", async () => {
  const context = await newContext();
  const page = await openApp(context, "#/plans");
  await loadExample(page);
  await goTo(page, "#/agreement");
  for (let round = 1; round <= 6; round++) await page.getByTestId(`doc-round-${round}`).waitFor();
  await assertAccessible(page, "the agreement (en)");
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".topbar").isVisible(), false);
  assert.equal(await page.locator(".doc-tools").isVisible(), false);
  // Charts are drawn for print: their canvases have pixels.
  const inked = await page.evaluate(() =>
    [...document.querySelectorAll(".agreement-doc canvas")].map((canvas) => {
      const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
      return data.some((value, i) => i % 4 === 3 && value > 0);
    }),
  );
  assert.ok(inked.length >= 3 && inked.every(Boolean), `charts drawn: ${inked}`);

  const a4 = await readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const text = a4.map((p) => p.text).join("");
  for (const heading of ["Round 1 — Roles", "Round 2 — The sales-ready lead", "Round 3 — Goals",
    "Round 4 — Software integration", "Round 5 — The SLA", "Round 6 — Staying in touch", "Parking lot"]) {
    assert.ok(text.includes(heading.replace(/\s+/g, "")), `the PDF has "${heading}"`);
  }
  assert.match(text, /Marketingdelivers1070marketing-qualifiedleads/);
  assert.ok(a4.length >= 6, `${a4.length} pages`);
  assert.deepEqual([Math.round(a4[0].width), Math.round(a4[0].height)], [595, 842]);

  await page.emulateMedia({ media: "screen" });
  await page.locator("#paper").selectOption("letter");
  const letter = await readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  assert.deepEqual([Math.round(letter[0].width), Math.round(letter[0].height)], [612, 792]);

  await page.locator("#language").selectOption("ru");
  await page.getByTestId("doc-round-5").getByRole("heading", { name: "Раунд 5 — Соглашение (SLA)" }).waitFor();
  const russian = (await readPdf(await page.pdf({ preferCSSPageSize: true }))).map((p) => p.text).join("");
  assert.match(russian, /Раунд1—Роли/);
  assert.match(russian, /Раунд6/);
  await assertAccessible(page, "the agreement (ru)");
  assertNoErrors(page);
  await context.close();
});

test("a first visit gets a three-step hint that loads the example or goes away for good", async () => {
  const context = await newContext({ locale: "ru-RU" });
  const page = await openApp(context, "#/round/1");
  const hint = page.locator(".first-run");
  await hint.getByRole("heading", { name: "Впервые здесь? Три шага" }).waitFor();
  await assertAccessible(page, "round 1 with the hint (ru)");
  await page.locator("#language").selectOption("en");
  await hint.getByRole("button", { name: "Got it" }).click();
  assert.equal(await hint.count(), 0);
  await page.reload();
  await page.locator("#plan-title").waitFor();
  await page.getByRole("heading", { level: 1, name: "Roles" }).waitFor();
  assert.equal(await page.locator(".first-run").count(), 0);

  // In a fresh browser, the hint's own button loads the example, and the hint has done its job.
  const fresh = await newContext();
  const second = await openApp(fresh, "#/round/1");
  await second.locator(".first-run").getByRole("button", { name: "Load the example plan" }).click();
  await second.waitForFunction(() => document.querySelector("#plan-title").value.startsWith("Ledgerline"));
  assert.equal(await second.locator(".first-run").count(), 0);
  await goTo(second, "#/decision");
  await second.getByTestId("health-score").getByText("97 of 100").waitFor();
  await second.locator("#language").selectOption("ru");
  await second.getByTestId("health-score").getByText("97 из 100").waitFor();
  await assertAccessible(second, "the decision (ru)");
  assertNoErrors(page);
  assertNoErrors(second);
  await context.close();
  await fresh.close();
});
