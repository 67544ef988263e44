// Hostile text in every text field of every round — markup, event handlers, javascript: and
// data: URLs, right-to-left overrides, emoji and combining marks, long unbroken words — is
// shown as inert text on every page, the Decision and the agreement included, and the pages
// keep their width.
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertNoErrors, newContext, openApp, waitSaved } from "./harness.mjs";

const PAYLOADS = [
  "<script>window.__pwned=1</script>",
  '<img src=x onerror="window.__pwned=2">',
  "javascript:window.__pwned=3",
  "data:text/html,<b onclick=window.__pwned=4>x</b>",
  "\u202Eevil\u202C right-to-left override",
  "👩‍👩‍👧‍👦 Z̷̢͔a̸l̶g̵o̴ ‮x‬",
  "W".repeat(190),
];

/** Fields that hold the user's words (not codes, ids, dates or zone names). */
const TEXT_FIELDS = new Set(["title", "organisation", "facilitator", "name", "text", "why", "decisions",
  "entry", "reentry", "note", "value", "field", "from_field", "to_field", "channel", "version", "metric",
  "unit", "crm", "automation"]);
const TEXT_LISTS = new Set(["standing_items", "rejection_reasons", "agreed"]);

/** The plan with every text replaced by a payload, in turn. */
function poison(plan) {
  let next = 0;
  const payload = () => PAYLOADS[next++ % PAYLOADS.length];
  const walk = (value) => {
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => {
        if (TEXT_FIELDS.has(key) && typeof inner === "string") return [key, payload()];
        if (TEXT_LISTS.has(key) && Array.isArray(inner)) return [key, inner.map(() => payload())];
        return [key, walk(inner)];
      }));
    }
    return value;
  };
  return walk(plan);
}

test("hostile text in every field of every round renders as inert text on every page", async () => {
  const context = await newContext({ viewport: { width: 1366, height: 900 } });
  const page = await openApp(context, "#/plans");
  await page.getByRole("button", { name: "Load the example plan" }).click();
  await waitSaved(page);
  const stored = await page.evaluate(() => {
    const { current } = JSON.parse(localStorage.getItem("six-rounds/library"));
    return localStorage.getItem(`six-rounds/plan/${current}`);
  });
  // Another plan's id, so it is imported beside the example rather than offered as a merge.
  const hostile = { ...poison(JSON.parse(stored)), id: "p-hostile-copy" };
  await page.goto(page.url().replace(/#.*/, "#/share"));
  await page.locator("#import-paste").fill(JSON.stringify(hostile));
  await page.getByRole("button", { name: "Import what I pasted" }).click();
  await page.locator(".notice").first().waitFor();
  assert.equal(await page.locator("#plan-title").inputValue(), PAYLOADS[0]);

  for (const [hash, facilitate] of [["#/round/1"], ["#/round/2"], ["#/round/3"], ["#/round/4"], ["#/round/5"],
    ["#/round/6"], ["#/decision"], ["#/agreement"], ["#/round/2", true]]) {
    await page.goto(page.url().replace(/#.*/, hash));
    await page.locator("main h1").waitFor();
    if (facilitate) await page.getByRole("button", { name: "Facilitate" }).click();
    await page.waitForTimeout(300);
    const seen = await page.evaluate(() => ({
      pwned: window.__pwned,
      markup: document.querySelectorAll("main img, main script, main b, .facilitator img").length,
      text: document.querySelector("main").textContent,
      overflow: document.documentElement.scrollWidth - window.innerWidth,
    }));
    assert.equal(seen.pwned, undefined, `${hash}: a payload ran`);
    assert.equal(seen.markup, 0, `${hash}: a payload became markup`);
    assert.ok(PAYLOADS.some((p) => seen.text.includes(p)) || hash === "#/round/3", `${hash}: the payloads are shown as text`);
    assert.ok(seen.overflow <= 0, `${hash}: the page is ${seen.overflow}px wider than the window`);
  }
  assertNoErrors(page);
  await context.close();
});
