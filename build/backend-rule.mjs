// Which backend a `config.json` answer names, for the two places that decide before the app's
// own code runs: the service worker (which backend's code to precache, which config to keep)
// and index.html's start script (whether to fetch the embedded backend's pack at once). The
// build writes this function's source into both (build/service-worker.mjs, build/wasm.mjs).
// The app itself decides by `Config::decide` (src/api/config.rs), which also remembers a
// company config; tests/config-answers.json holds the answers both must read alike, checked
// by a native test and by build/backend-rule.test.mjs.

/** 'company', 'demo', or null when the answer is no config (a server error, a sign-in page). */
export function backendOf(status, text) {
  let c = null;
  try {
    c = JSON.parse(text);
  } catch (e) {
    c = null;
  }
  if (status === 200 && c && typeof c === 'object' && !Array.isArray(c)) {
    return typeof c.api_base === 'string' && c.api_base.trim() ? 'company' : 'demo';
  }
  return status === 404 ? 'demo' : null;
}
