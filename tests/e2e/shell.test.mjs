// The shell: Japanese first, the English switch survives a reload, every route renders in
// <main>, demo data shows, and the demo role switch works, with no page or console error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, open, noErrors, heading } from './fixture.mjs';

const app = useApp();

test('Japanese shell with the demo notice and landmarks', async () => {
  const { page, errors, context } = await open(app);
  assert.equal(await page.getAttribute('html', 'lang'), 'ja');
  assert.match(await page.locator('header').textContent(), /おかえり/);
  assert.equal(await page.locator('main').count(), 1);
  assert.equal(await page.getByRole('navigation').count(), 1);
  assert.match(await page.locator('.demo-notice').textContent(), /デモ/);
  assert.equal(await heading(page), 'ようこそ、おかえりへ');
  noErrors(errors);
  await context.close();
});

test('the English switch is named for its target and survives a reload', async () => {
  const { page, errors, context } = await open(app);
  await page.getByRole('button', { name: 'English', exact: true }).click();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.getByRole('button', { name: '日本語', exact: true }).waitFor();
  assert.equal(await heading(page), 'Welcome to Okaeri');
  await page.reload();
  await page.waitForSelector('#boot', { state: 'detached' });
  await page.getByRole('button', { name: '日本語', exact: true }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.getByRole('navigation').textContent(), /Challenges/);
  noErrors(errors);
  await context.close();
});

test('every route renders inside one <main>, as worker and as coordinator', async () => {
  const routes = {
    worker: ['/', '/onboarding', '/profile', '/board', '/board/new', '/board/ch101', '/settings', '/no/such/page'],
    coordinator: ['/', '/workers/w-kei', '/workers/w-kei/card', '/board', '/board/ch101', '/settings', '/profile'],
  };
  for (const [role, list] of Object.entries(routes)) {
    const { page, errors, context } = await open(app, '/', { role });
    for (const route of list) {
      await page.goto(app.url + route.slice(1));
      await page.waitForSelector('#boot', { state: 'detached' });
      await page.waitForFunction(() => document.querySelectorAll('main h1').length === 1 && !document.querySelector('main .loading'));
      assert.equal(await page.locator('main').count(), 1, `${role} ${route}`);
      const h1 = await heading(page);
      assert.ok(h1 && h1.length > 0, `${role} ${route} has a heading`);
      if (route === '/no/such/page') assert.equal(h1, 'ページが見つかりません');
    }
    noErrors(errors);
    await context.close();
  }
});

test('demo data: a coordinator sees the workers and a full board', async () => {
  const { page, errors, context } = await open(app, '/', { role: 'coordinator', viewport: { width: 1280, height: 900 } });
  for (const name of ['けい', 'あや', 'ゆき']) {
    await page.getByRole('link', { name, exact: true }).waitFor();
  }
  await page.goto(app.url + 'board');
  await page.waitForSelector('.challenge-card');
  const cards = await page.locator('.challenge-card').count();
  assert.ok(cards >= 10, `board shows ${cards} cards`);
  for (const status of ['相談したい', '相談中', '挑戦中', 'できた!', '見送り']) {
    assert.equal(await page.getByRole('heading', { name: new RegExp(`^${status}`) }).count(), 1, status);
  }
  noErrors(errors);
  await context.close();
});

test('the demo role switch changes who you are', async () => {
  const { page, errors, context } = await open(app);
  const role = page.getByLabel('デモの立場');
  assert.equal(await role.inputValue(), 'worker');
  await role.selectOption('coordinator');
  await page.getByRole('heading', { name: 'ワーカーのみなさん' }).waitFor();
  await role.selectOption('worker');
  await page.getByRole('heading', { name: 'ようこそ、おかえりへ' }).waitFor();
  await page.reload();
  await page.waitForSelector('#boot', { state: 'detached' });
  assert.equal(await page.getByLabel('デモの立場').inputValue(), 'worker');
  noErrors(errors);
  await context.close();
});
