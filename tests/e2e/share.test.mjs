// Share links: a plan travels in the fragment, opens as a new plan elsewhere, and bad links
// are answered with a message while everything stored stays as it was.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  assertNoErrors, ctx, newContext, openApp, setTitle, storedData, waitSaved,
} from "./harness.mjs";

async function shareLinkOf(page) {
  await page.getByRole("link", { name: "Share & files" }).click();
  const link = await page.locator("#share-link").inputValue();
  assert.match(link, /#z=[A-Za-z0-9_-]+$/);
  return link;
}

test("a share link opens the same plan in a fresh browser, leaving the sender's plan untouched", async () => {
  const sender = await newContext();
  const page = await openApp(sender, "#/plans");
  await page.getByRole("button", { name: "Load the example plan" }).click();
  await setTitle(page, "Shared from the workshop");
  const link = await shareLinkOf(page);
  assert.match(await page.locator(".link-length").innerText(), /characters/);
  const before = await storedData(page);

  const receiver = await newContext();
  const other = await openApp(receiver);
  await setTitle(other, "Receiver's own plan");
  await other.goto(link);
  await other.getByText("The shared plan “Shared from the workshop” was added").waitFor();
  assert.equal(await other.locator("#plan-title").inputValue(), "Shared from the workshop");
  assert.ok(!other.url().includes("#z="), "the fragment is removed after opening");
  await other.getByRole("link", { name: "Plans", exact: true }).click();
  await other.locator(".plan-row-title", { hasText: "Receiver's own plan" }).waitFor();
  await other.locator(".plan-row-title", { hasText: "Shared from the workshop" }).waitFor();

  // Same content: the receiver's copy exports to the same rounds as the sender's.
  await waitSaved(other);
  const received = Object.entries(await storedData(other))
    .filter(([key]) => key.startsWith("six-rounds/plan/"))
    .map(([, text]) => JSON.parse(text))
    .find((plan) => plan.title === "Shared from the workshop");
  const sent = Object.entries(before)
    .filter(([key]) => key.startsWith("six-rounds/plan/"))
    .map(([, text]) => JSON.parse(text))
    .find((plan) => plan.title === "Shared from the workshop");
  for (const round of ["roles", "lead", "goals", "integration", "sla", "cadence"]) {
    assert.deepEqual(received[round], sent[round], round);
  }
  assert.deepEqual(await storedData(page), before, "the sender's storage is untouched");
  assertNoErrors(page);
  assertNoErrors(other);
  await sender.close();
  await receiver.close();
});

test("a readable #json= link is opened too", async () => {
  const context = await newContext();
  const page = await openApp(context);
  const json = JSON.stringify({
    format: "six-rounds-plan", schema: 1, title: "Typed by hand", language: "en",
    created: "2026-01-01T00:00:00Z", updated: "2026-01-01T00:00:00Z",
  });
  await page.goto(`${ctx.address}#json=${encodeURIComponent(json)}`);
  await page.getByText("“Typed by hand” was added").waitFor();
  assertNoErrors(page);
  await context.close();
});

const hostileLinks = [
  ["#z=%%%not-base64%%%", /damaged/],
  ["#z=eJwLycgsVgCi4pTUvPTUYgBFqgVF", /damaged or incomplete|not a Six Rounds plan/],
  ["#z=eNoLSS0uUUjOzy0oSi0uTk1RSEksSVUoSS0uUUjOzy0oSi0uTk1RSEks", /damaged or incomplete/],
  ["#json=" + encodeURIComponent('{"format":"six-rounds-plan","schema":99}'), /newer version of Six Rounds \(schema 99/],
  ["#json=" + encodeURIComponent('{"format":"six-rounds-plan","schema":1,"language":"en","created":"2026-01-01T00:00:00Z","updated":"2026-01-01T00:00:00Z","roles":{"roles":[{"id":"r1","name":"A","side":"pirates"}]}}'), /roles\.roles\[0\]\.side/],
  ["#json=" + encodeURIComponent('{"hello": "world"}'), /not a Six Rounds plan/],
  ["#json=" + "[".repeat(5000), /not valid JSON/],
];

test("hostile links show what is wrong and change nothing", async () => {
  const context = await newContext();
  const page = await openApp(context);
  await setTitle(page, "Precious local plan");
  const before = await storedData(page);
  for (const [fragment, message] of hostileLinks) {
    await page.goto(ctx.address + fragment);
    const notice = page.locator(".notice--problem");
    await notice.waitFor();
    const text = await notice.innerText();
    assert.match(text, /could not be opened; nothing was changed/, fragment);
    assert.match(text, message, fragment);
    assert.equal(await page.locator("#plan-title").inputValue(), "Precious local plan");
    assert.deepEqual(await storedData(page), before, fragment);
  }
  assertNoErrors(page);
  await context.close();
});

test("Copy link puts the link on the clipboard", async () => {
  const context = await newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const page = await openApp(context);
  const link = await shareLinkOf(page);
  await page.getByRole("button", { name: "Copy link" }).click();
  await page.getByText("The link was copied.").waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  assertNoErrors(page);
  await context.close();
});
