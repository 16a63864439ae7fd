// WCAG 1.4.10 reflow and 1.4.4 resize text, by script: every route and every onboarding step
// at 320 CSS px, and a 1280 × 800 window zoomed to 200 % (640 CSS px at twice the pixel
// density), with no horizontal scrolling.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, open, noErrors } from './fixture.mjs';
import { goInApp } from './browser.mjs';

const app = useApp();
const ROUTES = {
  worker: ['', 'profile', 'board', 'board/new', 'settings'],
  coordinator: ['', 'workers/w-kei', 'workers/w-kei/card', 'board', 'board/ch101'],
};
const SCREENS = {
  '320 px': { viewport: { width: 320, height: 640 } },
  '1280 px at 200 %': { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
};

const go = (page, route) => goInApp(page, new URL(app.url).pathname + route);

/** How far the page scrolls sideways, and what sticks out. */
function overflow(page) {
  return page.evaluate(() => {
    const extra = document.documentElement.scrollWidth - document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('main *, header *, nav *')]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { extra, wide };
  });
}

for (const [screen, options] of Object.entries(SCREENS)) {
  test(`no horizontal scrolling at ${screen}`, async () => {
    const problems = [];
    for (const [role, routes] of Object.entries(ROUTES)) {
      const { page, errors, context } = await open(app, '/', { role, ...options });
      for (const route of routes) {
        await go(page, route);
        const o = await overflow(page);
        if (o.extra > 0) problems.push(`${role} /${route}: ${o.extra}px wider (${o.wide.join(', ')})`);
      }
      if (role === 'worker') {
        await go(page, 'onboarding');
        for (let step = 1; step <= 7; step++) {
          const o = await overflow(page);
          if (o.extra > 0) problems.push(`onboarding step ${step}: ${o.extra}px wider (${o.wide.join(', ')})`);
          if (step === 2) await page.locator('#display-name').fill('はな');
          if (step < 7) {
            await page.locator('.step-actions button[type="submit"]').click();
            await page.getByText(`ステップ ${step + 1} / 7`).waitFor();
          }
        }
      }
      noErrors(errors);
      await context.close();
    }
    assert.deepEqual(problems, [], problems.join('\n'));
  });
}
