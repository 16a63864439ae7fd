// Registers the service worker and bridges its events to the app (the app shows the words):
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
  window.addEventListener('load', async () => {
    let registration;
    try {
      registration = await navigator.serviceWorker.register('sw.js', { scope: './' });
    } catch (e) {
      return; // No service worker (private mode, insecure origin): the app works online.
    }
    if (!registration) return; // Registration blocked by the browser's settings: likewise.
    const announce = () => {
      if (registration.waiting && navigator.serviceWorker.controller) {
        window.dispatchEvent(new Event('okaeri:update-ready'));
      }
    };
    announce();
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      if (worker) worker.addEventListener('statechange', () => worker.state === 'installed' && announce());
    });
    window.addEventListener('okaeri:update-accept', () => {
      accepted = true;
      if (registration.waiting) registration.waiting.postMessage({ type: 'okaeri:activate' });
    });
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (accepted) window.location.reload();
    });
  });
})();
