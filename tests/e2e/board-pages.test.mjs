// A large board (the embedded default with generated cards): each column shows its full count
// and its first 8 cards (about two screens); 「もっと見る」 shows 20 more, by mouse or keyboard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, noErrors } from './fixture.mjs';
import { openPage, ready } from './browser.mjs';

const app = useApp();

test('a column of a large board shows 8 cards, then 20 more on request', async () => {
  const { page, errors, context } = await openPage(app.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(app.url + 'setup.txt');
  await page.evaluate(() => {
    localStorage.setItem('okaeri.demo.role', 'coordinator');
    localStorage.setItem('okaeri.embedded.extra_cards', '400');
  });
  await page.goto(app.url + 'board');
  await ready(page);
  await page.waitForSelector('.challenge-card');
  const column = page.locator('.column.status-requested');
  const count = Number(await column.locator('h2 .count').textContent());
  assert.ok(count > 60, `enough requested cards to page through (${count})`);
  assert.equal(await column.locator('.challenge-card').count(), 8);
  const more = column.getByRole('button', { name: /もっと見る/ });
  assert.match(await more.textContent(), new RegExp(`${count - 8}`));
  await more.click();
  assert.equal(await column.locator('.challenge-card').count(), 28);
  await more.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('.column.status-requested .challenge-card').length === 48);
  assert.match(await more.textContent(), new RegExp(`${count - 48}`));
  // The totals of the columns add up to every card on the board.
  const counts = await page.locator('.column h2 .count').allTextContents();
  assert.equal(counts.map(Number).reduce((a, b) => a + b, 0), 411);
  noErrors(errors, [/status of 404/]);
  await context.close();
});
