// Two sides, one plan: the facilitator sends the plan; marketing and sales (browser contexts
// of their own) each edit their copy and send it back; each returned link is merged into
// the one plan — taken changes, a conflict settled from the keyboard — as one undo step;
// the result survives a reload; Russian; axe-core on the review; hostile copies change nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertAccessible, newContext, openApp, storedData, waitSaved } from "./harness.mjs";

async function goTo(page, hash) {
  await page.goto(page.url().replace(/#.*/, hash));
  await page.locator("main h1").waitFor();
}

/** The share link of the open plan, as the share page gives it (and keeps its version). */
async function shareLink(page) {
  await goTo(page, "#/share");
  const link = await page.locator("#share-link").inputValue();
  await page.getByRole("button", { name: /^(Copy link|Копировать ссылку)$/ }).click();
  await page.locator(".notice", { hasText: /The link was copied|Ссылка скопирована/ }).waitFor();
  await page.locator(".notice-dismiss").first().click();
  await waitSaved(page);
  return link;
}

async function setNumber(page, id, value) {
  await page.locator(`#${id}`).fill(String(value));
  await page.locator(`#${id}`).press("Tab");
  await waitSaved(page);
}

/** A copy opened from a link in a browser of its own. */
async function openCopy(link, locale = "en-US") {
  const context = await newContext({ locale, permissions: ["clipboard-read", "clipboard-write"] });
  const page = await context.newPage();
  page.errors = [];
  await page.goto(link);
  await page.locator("#plan-title").waitFor();
  await waitSaved(page);
  return { context, page };
}

async function facilitatorWithExample(locale = "en-US", button = "Load the example plan") {
  const context = await newContext({ locale, permissions: ["clipboard-read", "clipboard-write"] });
  const page = await openApp(context, "#/plans");
  await page.getByRole("button", { name: button }).click();
  await waitSaved(page);
  await goTo(page, "#/round/3");
  const goal = (await page.locator("table.goal-tree input[id^='goal-target-']").first().getAttribute("id"))
    .replace("goal-target-", "");
  return { context, page, goal };
}

async function value(page, hash, id) {
  await goTo(page, hash);
  return page.locator(`#${id}`).inputValue();
}

test("marketing and sales each return a copy; the facilitator merges both, settles the conflict by keyboard, undoes and redoes, reloads", async () => {
  const { context, page, goal } = await facilitatorWithExample();
  const link = await shareLink(page);
  const plansBefore = JSON.parse((await storedData(page))["six-rounds/library"]).plans.length;
  const beforeMeeting = await value(page, "#/round/6", "meeting-duration");

  // Marketing: its goal target, and round 4's half-life.
  const marketing = await openCopy(link);
  await goTo(marketing.page, "#/round/3");
  await setNumber(marketing.page, `goal-target-${goal}`, 111);
  await goTo(marketing.page, "#/round/4");
  await setNumber(marketing.page, "half-life", 10);
  const fromMarketing = await shareLink(marketing.page);

  // Sales: the same goal target (a conflict) and the meeting's length.
  const sales = await openCopy(link);
  await goTo(sales.page, "#/round/3");
  await setNumber(sales.page, `goal-target-${goal}`, 222);
  await goTo(sales.page, "#/round/6");
  await setNumber(sales.page, "meeting-duration", 75);
  const fromSales = await shareLink(sales.page);

  // Marketing's copy comes back: the plan is as sent, so everything is taken, no conflict.
  await page.goto(fromMarketing);
  await page.locator("main h1", { hasText: "A returned copy of" }).waitFor();
  assert.match(await page.getByTestId("merge-kind").innerText(), /Compared with the version you sent/);
  await page.getByRole("heading", { name: "Both copies changed these (0)" }).waitFor();
  const taken = await page.locator(".merge-taken").innerText();
  assert.match(taken, /Goals · “.+” · target — changed/);
  assert.match(taken, /Software integration · half-life — changed/);
  await page.getByRole("button", { name: "Apply the merge" }).click();
  await page.getByText("The returned copy is merged: 2 changes taken, 0 conflicts settled.").waitFor();
  await waitSaved(page);
  assert.equal(await value(page, "#/round/3", `goal-target-${goal}`), "111");

  // Sales' copy: merged against the version sent (kept), so only the target conflicts.
  await page.goto(fromSales);
  await page.locator("main h1", { hasText: "A returned copy of" }).waitFor();
  await page.getByRole("heading", { name: "Both copies changed these (1)" }).waitFor();
  const conflict = page.locator("fieldset.merge-conflict");
  assert.match(await conflict.locator("legend").innerText(), /Goals · “.+” · target/);
  assert.match(await conflict.innerText(), /This plan: 111/);
  assert.match(await conflict.innerText(), /Returned copy: 222/);
  assert.match(await page.locator(".merge-taken").innerText(), /Staying in touch · meeting length — changed/);
  await assertAccessible(page, "the merge review");
  // By keyboard: the first choice, an arrow to the other, then the apply button.
  await page.locator("#conflict-0-ours").focus();
  await page.keyboard.press("ArrowDown");
  assert.equal(await page.locator("#conflict-0-theirs").isChecked(), true);
  await page.getByRole("button", { name: "Apply the merge" }).focus();
  await page.keyboard.press("Enter");
  await page.getByText("1 changes taken, 1 conflicts settled").waitFor();
  await waitSaved(page);
  assert.equal(await value(page, "#/round/3", `goal-target-${goal}`), "222");
  assert.equal(await value(page, "#/round/6", "meeting-duration"), "75");
  assert.equal(await value(page, "#/round/4", "half-life"), "10");

  // One undo step takes the whole merge back; redo puts it again.
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  assert.equal(await value(page, "#/round/6", "meeting-duration"), beforeMeeting);
  assert.equal(await value(page, "#/round/3", `goal-target-${goal}`), "111");
  await page.getByRole("button", { name: "Redo", exact: true }).click();
  assert.equal(await value(page, "#/round/3", `goal-target-${goal}`), "222");
  await waitSaved(page);

  await page.reload();
  assert.equal(await value(page, "#/round/3", `goal-target-${goal}`), "222");
  assert.equal(await value(page, "#/round/6", "meeting-duration"), "75");
  const plans = JSON.parse((await storedData(page))["six-rounds/library"]).plans;
  assert.equal(plans.length, plansBefore, "the copies joined the plan: no new plans");
  await marketing.context.close();
  await sales.context.close();
  await context.close();
});

test("the review speaks Russian, is clean for axe-core, and a copy can still open as a separate plan", async () => {
  const { context, page, goal } = await facilitatorWithExample("ru-RU", "Открыть пример плана");
  const link = await shareLink(page);
  const plansBefore = JSON.parse((await storedData(page))["six-rounds/library"]).plans.length;
  const copy = await openCopy(link, "ru-RU");
  await goTo(copy.page, "#/round/3");
  await setNumber(copy.page, `goal-target-${goal}`, 333);
  const back = await shareLink(copy.page);
  await goTo(page, "#/round/3");
  await setNumber(page, `goal-target-${goal}`, 444);

  await page.goto(back);
  await page.locator("main h1", { hasText: "Вернувшаяся копия плана" }).waitFor();
  await page.getByRole("heading", { name: "Обе копии изменили это (1)" }).waitFor();
  assert.match(await page.locator("fieldset.merge-conflict").innerText(), /Этот план: 444[\s\S]*Вернувшаяся копия: 333/);
  await assertAccessible(page, "the merge review (ru)");
  await page.getByRole("button", { name: "Открыть как отдельный план" }).click();
  await page.locator("#plan-title").waitFor();
  await waitSaved(page);
  const plans = JSON.parse((await storedData(page))["six-rounds/library"]).plans;
  assert.equal(plans.length, plansBefore + 1, "the copy is a plan of its own");
  assert.equal(await value(page, "#/round/3", `goal-target-${goal}`), "333");
  await copy.context.close();
  await context.close();
});

test("a copy of another plan, a newer schema or a corrupt link merges nothing and changes nothing", async () => {
  const { context, page } = await facilitatorWithExample();
  const link = await shareLink(page);
  const mine = await storedData(page);
  const planKeys = Object.keys(mine).filter((key) => key.startsWith("six-rounds/plan/"));
  const base = link.replace(/#.*/, "");

  // Another plan: added beside, never merged.
  const other = { format: "six-rounds-plan", schema: 2, id: "p-another-plan", title: "Someone else's",
    language: "en", created: "2026-01-01T00:00:00Z", updated: "2026-01-01T00:00:00Z" };
  await page.goto(`${base}#json=${encodeURIComponent(JSON.stringify(other))}`);
  await page.getByText("“Someone else's” was added").waitFor();
  assert.equal(await page.locator("main h1", { hasText: "A returned copy" }).count(), 0);

  for (const [fragment, message] of [
    [`json=${encodeURIComponent(JSON.stringify({ ...other, schema: 9 }))}`, /newer version/],
    [`${link.split("#")[1].slice(0, 60)}`, /damaged|cut short|not/],
  ]) {
    await page.goto(`${base}#${fragment}`);
    await page.locator(".notice--problem").first().waitFor();
    assert.match(await page.locator(".notice--problem").first().innerText(), message);
    await page.getByRole("button", { name: "Dismiss" }).first().click();
  }
  const now = await storedData(page);
  for (const key of planKeys) assert.equal(now[key], mine[key], `${key} is unchanged`);
  page.errors = [];
  await context.close();
});
