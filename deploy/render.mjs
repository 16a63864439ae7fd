// Writes deploy/nginx.conf.template filled in for one release build:
//   node deploy/render.mjs --dist dist --root /srv/www --mount / \
//     --api https://hr.example.jp --frame-ancestor https://intranet.example.jp \
//     [--listen 80] [--server-name okaeri.example.jp] > /etc/nginx/conf.d/okaeri.conf
// The build's files go in <root><mount> (e.g. /srv/www/apps/okaeri/ for --mount /apps/okaeri/,
// built with `trunk build --release --public-url /apps/okaeri/`). The Content-Security-Policy
// is the build's own (build/csp.mjs): its inline scripts' hashes, the API origin in
// connect-src, and the intranet origins allowed to frame it, the same as config.json's
// `allowed_origins`.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { csp } from '../build/csp.mjs';

/** The server block for `dist`, served at `mount` from `root`. */
export function render({ dist, root, mount = '/', api = '', frameAncestors = [], listen = '80', serverName = '_' }) {
  if (!mount.startsWith('/') || !mount.endsWith('/')) throw new Error(`--mount must begin and end with "/": ${mount}`);
  const policy = csp(dist, { api, frameAncestors: frameAncestors.length ? frameAncestors : ["'none'"] });
  const values = { LISTEN: listen, SERVER_NAME: serverName, ROOT: root, MOUNT: mount, CSP: policy };
  const template = fs.readFileSync(new URL('./nginx.conf.template', import.meta.url), 'utf8');
  return template.replace(/\$\{([A-Z_]+)\}/g, (whole, name) => {
    if (!(name in values)) throw new Error(`nginx.conf.template: no value for ${whole}`);
    return values[name];
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = { frameAncestors: [] };
  const names = { '--dist': 'dist', '--root': 'root', '--mount': 'mount', '--api': 'api', '--listen': 'listen', '--server-name': 'serverName' };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) {
    if (argv[i] === '--frame-ancestor') args.frameAncestors.push(argv[i + 1]);
    else if (names[argv[i]]) args[names[argv[i]]] = argv[i + 1];
    else {
      console.error(`unknown option ${argv[i]}; see the top of deploy/render.mjs`);
      process.exit(2);
    }
  }
  if (!args.dist || !args.root) {
    console.error('usage: node deploy/render.mjs --dist <build> --root <dir> [--mount /] [--api <origin>] [--frame-ancestor <origin>]… [--listen 80] [--server-name <name>]');
    process.exit(2);
  }
  process.stdout.write(render(args));
}
