// The service worker's and the start script's reading of config.json agrees with the app's
// (`Config::decide`, whose native test reads the same answers).
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { backendOf } from './backend-rule.mjs';

const answers = JSON.parse(fs.readFileSync(new URL('../tests/config-answers.json', import.meta.url), 'utf8'));

test('each config.json answer names the backend the app would start with', () => {
  assert.ok(answers.length > 5);
  for (const { status, text, backend } of answers) {
    assert.equal(backendOf(status, text), backend, `${status} ${text}`);
  }
});
