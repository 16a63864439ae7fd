// The intranet portal page the embedding tests serve: it frames the app at `appUrl` and keeps
// every message the frame posts to it in `window.messages`.
export function hostPage(appUrl) {
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>社内ポータル</title></head>
<body><section aria-label="社内ポータル"><h1>社内ポータル</h1>
<iframe id="okaeri" title="おかえり" src="${appUrl}" style="width:375px;height:300px;border:0"></iframe></section>
<script>
  window.messages = [];
  window.addEventListener('message', (e) => window.messages.push({ origin: e.origin, data: e.data }));
</script></body></html>`;
}
