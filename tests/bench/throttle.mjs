// Lighthouse's mobile conditions ("slow 4G" on a mid-range phone), applied through the
// DevTools Protocol: 4× CPU slowdown, 1.6 Mbps down, 750 kbps up, 150 ms round trip.
export const MOBILE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
  locale: 'ja-JP',
  timezoneId: 'Asia/Tokyo',
};

export const CONDITIONS = { rttMs: 150, downKbps: 1.6 * 1024, upKbps: 750, cpu: 4 };

export async function throttle(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: CONDITIONS.rttMs,
    downloadThroughput: (CONDITIONS.downKbps * 1024) / 8,
    uploadThroughput: (CONDITIONS.upKbps * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CONDITIONS.cpu });
  return cdp;
}
