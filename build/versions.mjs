// The exact versions of the tools whose output the build patches (build/README.md). A patch
// written for one version may silently do the wrong thing on another, so each patching step
// calls `assume` first and stops the build with the step to revisit when a version changes.
// .ci/tools.sh installs these versions; change both together.
import { execFileSync } from 'node:child_process';

export const ASSUMED = {
  // build/wasm-boundary.mjs rewrites wasm-bindgen's JS module and its imports' names.
  'wasm-bindgen': '0.2.130',
  // build/split-loader.mjs rewrites the chunk loader wasm-split writes (`__wasm_split.js`), and
  // build/merged-pack.mjs the chunks' imports and segments.
  'wasm-split-cli': '0.2.4',
};

const found = new Map();

/** The installed version of `tool`, as its installer records it. */
function installed(tool) {
  if (!found.has(tool)) {
    let version = '';
    try {
      if (tool === 'wasm-split-cli') {
        // It has no --version; cargo records the crate it came from.
        const list = execFileSync('cargo', ['install', '--list'], { encoding: 'utf8' });
        version = /^wasm_split_cli_support v(\S+):/m.exec(list)?.[1] ?? '';
      } else {
        const out = execFileSync(tool, ['--version'], { encoding: 'utf8' });
        version = /(\d+\.\d+\.\d+)/.exec(out)?.[1] ?? '';
      }
    } catch (e) {
      version = '';
    }
    found.set(tool, version);
  }
  return found.get(tool);
}

/** Stops the build unless `tool` is the version `step` was written for. */
export function assume(tool, step) {
  const want = ASSUMED[tool];
  const have = installed(tool);
  if (have !== want) {
    throw new Error(`${step} patches the output of ${tool} ${want}, but ${tool} ${have || '(none)'} `
      + `is installed. Revisit ${step} for that version (and .ci/tools.sh, build/versions.mjs), `
      + 'or install the assumed one with `bash .ci/tools.sh build`.');
  }
}
