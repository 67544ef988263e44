// Lighthouse (accessibility and best practices) on every page of the example plan, in both
// languages. The scores are printed as a table; a score below 100, or any failed pass/fail
// audit (even one Lighthouse does not weigh), fails with the audits named.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { CHROMIUM_ARGS, ctx } from "./harness.mjs";

const PAGES = [
  "#/round/1", "#/round/2", "#/round/3", "#/round/4", "#/round/5", "#/round/6",
  "#/decision", "#/agreement", "#/share", "#/plans",
];
const PORT = 9333;
let context;
let profile;

before(async () => {
  profile = await mkdtemp(join(tmpdir(), "six-rounds-lighthouse-"));
  // A persistent profile: the tabs Lighthouse opens share its localStorage (the example plan).
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${PORT}`],
  });
});

after(async () => {
  await context?.close();
  await rm(profile, { recursive: true, force: true });
});

async function audit(url) {
  const { lhr } = await lighthouse(
    url,
    {
      port: PORT,
      logLevel: "error",
      onlyCategories: ["accessibility", "best-practices"],
      disableStorageReset: true,
    },
    desktopConfig,
  );
  // Every failed pass/fail audit, weighted or not, except source maps: the release ships none.
  const failing = Object.values(lhr.audits)
    .filter((audit) => audit.scoreDisplayMode === "binary" && audit.score < 1)
    .map((audit) => audit.id)
    .filter((id) => id !== "valid-source-maps");
  return {
    accessibility: Math.round(lhr.categories.accessibility.score * 100),
    bestPractices: Math.round(lhr.categories["best-practices"].score * 100),
    failing,
  };
}

for (const lang of ["en", "ru"]) {
  test(`Lighthouse scores 100 for accessibility and best practices on every page (${lang})`, async () => {
    const page = await context.newPage();
    await page.goto(`${ctx.address}#/plans`);
    await page.evaluate((code) => localStorage.setItem("six-rounds/lang", JSON.stringify(code)), lang);
    await page.reload();
    const example = { en: "Load the example plan", ru: "Открыть пример плана" }[lang];
    await page.getByRole("button", { name: example }).first().click();
    await page.locator('.save-status[data-status="saved"]').waitFor();
    await page.close();

    const rows = [];
    for (const hash of PAGES) {
      rows.push({ page: hash, ...(await audit(ctx.address + hash)) });
    }
    console.log(`Lighthouse ${lang}:`);
    for (const row of rows) {
      console.log(`  ${row.page.padEnd(12)} accessibility ${row.accessibility}  best practices ${row.bestPractices}  ${row.failing.join(" ")}`);
    }
    const short = rows.filter(
      (row) => row.accessibility < 100 || row.bestPractices < 100 || row.failing.length > 0,
    );
    assert.deepEqual(short, [], "pages below 100 or with a failed audit");
  });
}
