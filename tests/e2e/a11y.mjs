// Accessibility gate: axe-core on every route and every onboarding step, in Japanese, plain
// Japanese (furigana and terms) and English, at 320 px and 1280 px, light and dark, WCAG 2.0–2.2 A/AA plus target-size; every
// route again at 200 % zoom; and the states she reaches by acting (errors shown, forms and
// confirmations open, the 見送り reason).
// One file per language (a11y-ja/plain/en.test.mjs), so they run side by side.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { useApp, open, noErrors } from './fixture.mjs';
import { shown } from './browser.mjs';

export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe and the untranslated-text check on the page as it is now: a list of problems, none when it passes. */
export async function audit(page, where) {
  // Audit the whole page at once, its heading at the top: the window as tall as the page, so
  // the sticky bar at its foot (the step buttons, the navigation) lies over no control. Where
  // it cuts at one scroll position is no property of the page (and "Tab stops never hidden
  // under a sticky bar" is its own scripted check).
  await page.evaluate(() => window.scrollTo(0, 0));
  const size = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  if (size && height > size.height) await page.setViewportSize({ width: size.width, height });
  try {
    return await auditAsItIs(page, where);
  } finally {
    if (size && height > size.height) await page.setViewportSize(size);
  }
}

async function auditAsItIs(page, where) {
  // Legacy mode runs axe in the page itself instead of gathering results in a new blank page
  // each time, which doubled the gate's time. It only gives up cross-origin frames, and these
  // screens have none (the intranet embedding has its own test, embed.test.mjs).
  const result = await new AxeBuilder({ page }).setLegacyMode(true).withTags(TAGS).options({ rules: { 'target-size': { enabled: true } } }).analyze();
  const problems = result.violations.map((v) => `${where}: ${v.id} (${v.impact}) ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`);
  return [...problems, ...(await untranslated(page, where))];
}

/**
 * What axe cannot see: a text whose key no added part of the texts had shows "…"
 * (src/i18n/mod.rs), for instance a chunk's text drawn before its chunk added its part.
 */
async function untranslated(page, where) {
  const found = await page.evaluate(() => {
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeValue.trim() === '…') out.push(n.parentElement.outerHTML.slice(0, 160));
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      for (const name of ['aria-label', 'title', 'placeholder']) {
        if (el.getAttribute(name)?.trim() === '…') out.push(el.outerHTML.slice(0, 160));
      }
    }
    if (document.title.trim() === '…') out.push('<title>');
    return out;
  });
  return found.map((html) => `${where}: a text without its translation: ${html}`);
}

/** Switches the page to `lang` as she would: the header's switch, or plain Japanese in settings. */
async function chooseLanguage(page, app, lang) {
  if (lang === 'en') await page.getByRole('button', { name: 'English', exact: true }).click();
  if (lang === 'plain') {
    await go(page, app, 'settings');
    await page.getByLabel('やさしい にほんご（ふりがな つき）').check();
    await page.locator('main ruby').first().waitFor();
  }
}

async function settle(page) {
  await page.waitForSelector('#boot', { state: 'detached' });
  await shown(page);
}

const ROUTES = {
  worker: ['', 'profile', 'board', 'board/new', 'look-back', 'settings', 'glossary', 'notifications', 'no/such/page'],
  // `?skill=…`: the list as the matching view.
  coordinator: ['', '?skill=bookkeeping&level=strong', 'workers/w-kei', 'workers/nobody', 'workers/w-kei/card', 'workers/w-kei/card?as=resume', 'board', 'board/ch101', 'profile', 'settings', 'notifications'],
};

/** Client-side navigation, as a user moves through the app (no reload per page). */
async function go(page, app, route) {
  await page.evaluate((path) => {
    history.pushState({}, '', path);
    window.dispatchEvent(new PopStateEvent('popstate', { state: {} }));
  }, new URL(app.url).pathname + route);
  await settle(page);
}

/** The states a user reaches by acting, audited where she meets them. */
async function states(page, app, role) {
  const problems = [];
  const at = async (where) => problems.push(...(await audit(page, `${role}: ${where}`)));
  if (role === 'worker') {
    // Onboarding's name step left empty.
    await go(page, app, 'onboarding');
    await page.locator('.step-actions button[type="submit"]').click();
    await page.locator('#display-name').waitFor();
    await page.locator('.step-actions button[type="submit"]').click();
    await page.locator('.field-error:not(:empty)').first().waitFor();
    await at('onboarding, the name missing');
    // A form sent empty: its errors shown beside the fields.
    await go(page, app, 'board/new');
    await page.locator('form button[type="submit"]').click();
    await page.locator('.field-error:not(:empty)').first().waitFor();
    await at('a new request with its errors');
    // Settings with each confirmation open: logging out, deleting her account.
    await go(page, app, 'settings');
    await page.locator('#signout-title ~ button').click();
    await page.locator('#my-data-title ~ .button.danger').click();
    await page.locator('#my-data-title ~ [role="alert"]').waitFor();
    await page.locator('#signout-title ~ [role="alert"]').waitFor();
    await at('settings, both confirmations open');
  } else {
    // The endorse form open on a worker's page.
    await go(page, app, 'workers/w-kei');
    await page.locator('main .button.primary').first().click();
    await page.locator('#endorse-skill').waitFor();
    await at('the endorse form open');
    await page.locator('form.endorse-form button[type="submit"]').click();
    await page.locator('.field-error:not(:empty)').first().waitFor();
    await at('the endorse form with its errors');
    // 見送り chosen: its reason asked for.
    await go(page, app, 'board?status=discussing');
    await page.locator('.challenge-card select').first().selectOption('paused');
    await page.locator('.challenge-card input[id^="reason-"]').first().waitFor();
    await at('the 見送り reason');
  }
  return problems;
}

/** Registers the gate's tests for one language, 'ja' or 'en'. */
export function axeGate(lang) {
  const app = useApp();
  test(`axe: ${lang}, 200 % zoom (640 px of a 1280 px window), and the states she reaches by acting`, async () => {
    const problems = [];
    const all = [];
    for (const [role, routes] of Object.entries(ROUTES)) {
      const { page, errors, context } = await open(app, '/', { role, viewport: { width: 640, height: 400 } });
      all.push(errors);
      await chooseLanguage(page, app, lang);
      for (const route of routes) {
        await go(page, app, route);
        problems.push(...(await audit(page, `200 % ${role} /${route}`)));
      }
      await page.setViewportSize({ width: 1280, height: 800 });
      problems.push(...(await states(page, app, role)));
      await context.close();
    }
    assert.deepEqual(problems, [], problems.join('\n'));
    all.forEach((e) => noErrors(e));
  });
  for (const width of [320, 1280]) {
    for (const colorScheme of ['light', 'dark']) {
      test(`axe: ${lang}, ${width}px, ${colorScheme}`, async () => {
        const problems = [];
        const all = [];
        for (const [role, routes] of Object.entries(ROUTES)) {
          const { page, errors, context } = await open(app, '/', { role, colorScheme, viewport: { width, height: 800 } });
          all.push(errors);
          await chooseLanguage(page, app, lang);
          for (const route of routes) {
            // Client-side navigation, as a user moves through the app (no reload per page).
            await page.evaluate((path) => {
              history.pushState({}, '', path);
              window.dispatchEvent(new PopStateEvent('popstate', { state: {} }));
            }, new URL(app.url).pathname + route);
            await settle(page);
            problems.push(...(await audit(page, `${role} /${route}`)));
          }
          if (role === 'worker') {
            // Every onboarding step, with the name filled so step 2 can be left.
            await page.evaluate((path) => {
              history.pushState({}, '', path);
              window.dispatchEvent(new PopStateEvent('popstate', { state: {} }));
            }, new URL(app.url).pathname + 'onboarding');
            await page.getByText(/ステップ 1 \/ 7|Step 1 of 7/).waitFor();
            await settle(page);
            for (let step = 1; step <= 7; step++) {
              problems.push(...(await audit(page, `onboarding step ${step}`)));
              if (step === 2) await page.locator('#display-name').fill('はな');
              if (step < 7) {
                await page.locator('.step-actions button[type="submit"]').click();
                await page.getByText(new RegExp(`(ステップ ${step + 1} / 7|Step ${step + 1} of 7)`)).waitFor();
              }
            }
            // Registered, her profile with every group of her answers open.
            await page.locator('.step-actions .button.primary').click();
            await page.locator('.done').waitFor();
            await page.evaluate((path) => {
              history.pushState({}, '', path);
              window.dispatchEvent(new PopStateEvent('popstate', { state: {} }));
            }, new URL(app.url).pathname + 'profile');
            await page.locator('details.answer-group').first().waitFor();
            await settle(page);
            for (const summary of await page.locator('details.answer-group > summary').all()) await summary.click();
            problems.push(...(await audit(page, 'profile, every group open')));
            // Her home once registered, with 「今日は休みます」.
            await page.evaluate((path) => {
              history.pushState({}, '', path);
              window.dispatchEvent(new PopStateEvent('popstate', { state: {} }));
            }, new URL(app.url).pathname);
            await page.locator('#day-off-note').waitFor();
            await settle(page);
            problems.push(...(await audit(page, 'home, registered')));
            // Her weekly look back: the questions, then a suggestion to accept or dismiss.
            await page.evaluate((path) => {
              history.pushState({}, '', path);
              window.dispatchEvent(new PopStateEvent('popstate', { state: {} }));
            }, new URL(app.url).pathname + 'look-back');
            await page.locator('#more-of').waitFor();
            await settle(page);
            problems.push(...(await audit(page, 'look back, questions')));
            await page.locator('#more-of').fill('請求書の確認');
            await page.locator('form.card button[type="submit"]').click();
            await page.locator('.suggestion').first().waitFor();
            await settle(page);
            problems.push(...(await audit(page, 'look back, a suggestion')));
            // The quiet prompt of a new version, as pwa.js announces one.
            await page.evaluate(() => window.dispatchEvent(new Event('okaeri:update-ready')));
            await page.locator('.update-prompt').waitFor();
            problems.push(...(await audit(page, 'update prompt')));
            await page.locator('.update-prompt .button.ghost').click();
            // Her request, as the coordinator's unread notice (the demo's other role, same data).
            await page.evaluate((path) => {
              history.pushState({}, '', path);
              window.dispatchEvent(new PopStateEvent('popstate', { state: {} }));
            }, new URL(app.url).pathname + 'board/new');
            await page.locator('#req-title').fill('集計表の自動化');
            await page.locator('#req-skill').selectOption('spreadsheet');
            await page.locator('form button[type="submit"]').click();
            await page.locator('main h1', { hasText: '集計表の自動化' }).waitFor();
            await page.evaluate(() => localStorage.setItem('okaeri.demo.role', 'coordinator'));
            await page.goto(app.url + 'notifications');
            await page.locator('.notice.unread').waitFor();
            await settle(page);
            problems.push(...(await audit(page, 'notifications, one unread')));
          }
          await context.close();
        }
        assert.deepEqual(problems, [], problems.join('\n'));
        all.forEach((e) => noErrors(e));
      });
    }
  }
}
