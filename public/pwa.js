// Registers the service worker and bridges its events to the app (the app shows the words).
// The app loads this script once her first screen is complete (src/main.rs,
// src/platform/first_screen.rs): installing the worker caches every file of the app, and on a
// slow line that download would share it with the first screen's own code and data.
//   okaeri:update-ready  → a new version is waiting; the app asks her
//   okaeri:update-accept ← she accepted; the new version takes over and the page reloads once
//   okaeri:installable   → Chromium offers installation; okaeri:install ← she asked for it
(() => {
  if (!('serviceWorker' in navigator)) return;
  let deferredInstall = null;
  let accepted = false;
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    deferredInstall = event;
    window.dispatchEvent(new Event('okaeri:installable'));
  });
  window.addEventListener('okaeri:install', async () => {
    if (!deferredInstall) return;
    deferredInstall.prompt();
    await deferredInstall.userChoice.catch(() => null);
    deferredInstall = null;
  });
  const start = async () => {
    let registration;
    try {
      registration = await navigator.serviceWorker.register('sw.js', { scope: './' });
    } catch (e) {
      return; // No service worker (private mode, insecure origin): the app works online.
    }
    if (!registration) return; // Registration blocked by the browser's settings: likewise.
    // A new version is one waiting behind the worker that controls this page. WebKit can tell
    // the page of its first worker's install after that worker already controls it; that worker
    // is this very version, so it is never offered as new.
    const announce = () => {
      const { waiting } = registration;
      const controller = navigator.serviceWorker.controller;
      if (waiting && controller && waiting !== controller && waiting.state === 'installed') {
        window.dispatchEvent(new Event('okaeri:update-ready'));
      }
    };
    announce();
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      // With no active worker yet, this is the first install, not an update.
      if (!worker || !registration.active) return;
      worker.addEventListener('statechange', () => worker.state === 'installed' && announce());
    });
    window.addEventListener('okaeri:update-accept', () => {
      accepted = true;
      if (registration.waiting) registration.waiting.postMessage({ type: 'okaeri:activate' });
    });
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (accepted) window.location.reload();
    });
  };
  // The app adds this script once its first screen is complete, usually after the page's load event.
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
})();
