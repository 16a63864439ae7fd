// WCAG 1.4.10 reflow and 1.4.4 resize text, by script: every route and every onboarding step
// at 320 CSS px, and a 1280 × 800 window zoomed to 200 % (640 CSS px at twice the pixel
// density), with no horizontal scrolling and no control squeezed narrower than its text.
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

/** How far the page scrolls sideways, what sticks out, and which controls' text is wider than
 *  the control (squeezed buttons whose labels run into each other). */
function overflow(page) {
  return page.evaluate(() => {
    const extra = document.documentElement.scrollWidth - document.documentElement.clientWidth;
    const name = (el) => `${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 20)}"`;
    const wide = [...document.querySelectorAll('main *, header *, nav *')]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .slice(0, 3)
      .map(name);
    const squeezed = [...document.querySelectorAll('button, a.button, .tag, .chip')]
      .filter((el) => el.getClientRects().length > 0 && el.scrollWidth > el.clientWidth + 1)
      .slice(0, 3)
      .map(name);
    return { extra, wide, squeezed };
  });
}

function problemsOf(where, o) {
  const out = [];
  if (o.extra > 0) out.push(`${where}: ${o.extra}px wider (${o.wide.join(', ')})`);
  if (o.squeezed.length) out.push(`${where}: text wider than its control (${o.squeezed.join(', ')})`);
  return out;
}

for (const [screen, options] of Object.entries(SCREENS)) {
  test(`no horizontal scrolling at ${screen}`, async () => {
    const problems = [];
    for (const [role, routes] of Object.entries(ROUTES)) {
      const { page, errors, context } = await open(app, '/', { role, ...options });
      for (const route of routes) {
        await go(page, route);
        problems.push(...problemsOf(`${role} /${route}`, await overflow(page)));
      }
      if (role === 'worker') {
        await go(page, 'onboarding');
        for (let step = 1; step <= 7; step++) {
          problems.push(...problemsOf(`onboarding step ${step}`, await overflow(page)));
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
