// The benchmark's company backend: the reference backend behind the benchmark's own host, as a
// company serves its API beside the app. `config.json` names it (as the demo worker) and
// `/api/…` is passed on to it; the rest is the build.
const PREFIX = '/api';

async function body(req) {
  const parts = [];
  for await (const part of req) parts.push(part);
  return Buffer.concat(parts);
}

/** The host's `handler` for a company deployment whose API is the backend at `backendUrl`. */
export function companyBackend(backendUrl) {
  return async (req, res) => {
    const origin = `https://${req.headers[':authority'] ?? req.headers.host}`;
    if (req.url === '/config.json') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify({ api_base: origin + PREFIX, token: 'demo-worker' }));
      return true;
    }
    if (!req.url.startsWith(`${PREFIX}/`)) return false;
    const headers = Object.fromEntries(Object.entries(req.headers)
      .filter(([k]) => !k.startsWith(':') && !['host', 'connection', 'accept-encoding', 'content-length'].includes(k)));
    const sent = await body(req);
    const answer = await fetch(backendUrl + req.url.slice(PREFIX.length),
      { method: req.method, headers, body: sent.length ? sent : undefined });
    const type = answer.headers.get('content-type');
    res.writeHead(answer.status, { ...(type ? { 'content-type': type } : {}), 'cache-control': 'no-store' });
    res.end(Buffer.from(await answer.arrayBuffer()));
    return true;
  };
}
