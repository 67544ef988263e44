// A number the app accepts is a number it can load: a field refuses what the loader would
// refuse (and says its range), and a stored plan with a bad value opens repaired, its
// original kept aside until the notice is dismissed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertAccessible, newContext, openApp, storedData, waitSaved } from "./harness.mjs";

const EXAMPLE = "Ledgerline — sales & marketing agreement 2027";

async function openExample(context, hash, lang = "en") {
  const page = await openApp(context, "#/plans");
  const name = lang === "ru" ? "Открыть пример плана" : "Load the example plan";
  await page.getByRole("button", { name }).click();
  await waitSaved(page);
  await page.goto(page.url().replace(/#.*/, hash));
  await page.locator("main h1").waitFor();
  return page;
}

async function firstGoalTarget(page) {
  return page.locator("table.goal-tree input[id^='goal-target-']").first();
}

test("a goal target beyond the loader's range is refused at the field, and the plan survives a reload", async () => {
  const context = await newContext();
  const page = await openExample(context, "#/round/3");
  const target = await firstGoalTarget(page);
  const id = await target.getAttribute("id");
  const before = await target.inputValue();
  await target.fill("50000000000000");
  await target.press("Tab");
  await page.locator(`#${id}-error`).getByText("Enter a number from 0 to 1,000,000,000,000.").waitFor();
  assert.equal(await page.locator(`#${id}`).getAttribute("aria-invalid"), "true");
  await waitSaved(page);
  await page.reload();
  await page.locator(`#${id}`).waitFor();
  assert.equal(await page.locator("#plan-title").inputValue(), EXAMPLE);
  assert.equal(await page.locator(`#${id}`).inputValue(), before, "the stored target is unchanged");
  assert.equal(await page.getByText("kept aside").count(), 0, "nothing was set aside");
  await context.close();
});

test("a number typed the Russian way (1 234,5 with a no-break space) is read by the domain's reader", async () => {
  const context = await newContext({ locale: "ru-RU" });
  const page = await openExample(context, "#/round/3", "ru");
  const target = await firstGoalTarget(page);
  const id = await target.getAttribute("id");
  await target.fill("1\u00a0234,5");
  await target.press("Tab");
  await waitSaved(page);
  assert.equal(await page.locator(`#${id}`).inputValue(), "1234.5");
  assert.equal(await page.locator(`#${id}-error`).count(), 0);
  await context.close();
});

for (const lang of ["en", "ru"]) {
  test(`a stored plan with an out-of-range value opens repaired, its original kept until dismissed (${lang})`, async () => {
    const context = await newContext({ locale: lang === "ru" ? "ru-RU" : "en-US" });
    const page = await openExample(context, "#/round/3", lang);
    const id = await page.evaluate(() => JSON.parse(localStorage.getItem("six-rounds/library")).current);
    // A goal whose target is typed (not rolled up from the goals under it).
    const { broken, goal, index } = await page.evaluate((id) => {
      const key = `six-rounds/plan/${id}`;
      const doc = JSON.parse(localStorage.getItem(key));
      const index = doc.goals.nodes.findIndex((node) => document.getElementById(`goal-target-${node.id}`));
      doc.goals.nodes[index].target = 5e13;
      doc.cadence.meeting.duration_minutes = 2000;
      const text = JSON.stringify(doc);
      localStorage.setItem(key, text);
      return { broken: text, goal: doc.goals.nodes[index].id, index };
    }, id);
    await page.reload();
    const notice = page.locator(".notice", { has: page.locator("a.button-link") });
    await notice.waitFor();
    const words = await notice.innerText();
    if (lang === "en") {
      assert.match(words, /opened, but some of its values broke the plan's rules and were repaired/);
      assert.match(words, /Goals · “[^”]+” · target: must be between 0 and 1,000,000,000,000 — set to 1,000,000,000,000/);
      assert.match(words, /Staying in touch · meeting length: must be between 5 and 480 — set to 480/);
      assert.match(words, /kept aside in this browser until you dismiss/);
    } else {
      assert.match(words, /открыт, но часть значений нарушала правила плана и была исправлена/);
      assert.match(words, /Цели · «[^»]+» · цель: должно быть от 0 до 1\s000\s000\s000\s000 — заменено на 1\s000\s000\s000\s000/);
    }
    assert.match(await page.locator("#plan-title").inputValue(), /^Ledgerline/);
    assert.equal(await page.locator(`#goal-target-${goal}`).inputValue(), "1000000000000");
    await assertAccessible(page, `the repair notice (${lang})`);

    // The repaired plan is saved; the original waits aside.
    await waitSaved(page);
    let stored = await storedData(page);
    assert.equal(stored[`six-rounds/aside/original-${id}`], broken);
    assert.equal(JSON.parse(stored[`six-rounds/plan/${id}`]).goals.nodes[index].target, 1e12);

    // Each repaired round is one link away.
    await notice.locator("a.button-link").last().click();
    await page.waitForURL(/#\/round\/6$/);

    await notice.locator(".notice-dismiss").click();
    await notice.waitFor({ state: "detached" });
    stored = await storedData(page);
    assert.ok(!(`six-rounds/aside/original-${id}` in stored), "dismissed: the original is let go");
    await page.reload();
    await page.locator("#plan-title").waitFor();
    assert.equal(await page.locator(".notice a.button-link").count(), 0, "no repair the second time");
    await context.close();
  });
}
