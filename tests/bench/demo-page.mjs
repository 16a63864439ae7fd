// The app opened as one demo role, with its WebAssembly instance kept in
// `window.__okaeriWasm` (the start script announces it, build/wasm.mjs) for the memory and leak figures.
import { openPage, ready } from '../e2e/browser.mjs';

/** `init` (optional) runs in the page before the app, like `page.addInitScript`. */
export async function openAsRole(browser, url, role, init) {
  const opened = await openPage(browser);
  await opened.page.addInitScript(() => {
    addEventListener('okaeri-started', (e) => { window.__okaeriWasm = e.detail.wasm; });
  });
  if (init) await opened.page.addInitScript(init);
  // The role is chosen on a page of the origin where the app does not run, so nothing races.
  await opened.page.goto(url + 'bench-setup.txt');
  await opened.page.evaluate((r) => localStorage.setItem('okaeri.demo.role', r), role);
  await opened.page.goto(url);
  await ready(opened.page);
  return opened;
}
