// やさしい日本語: offered in onboarding's welcome; furigana on onboarding, home and the board;
// a marked term explains itself by a tap or a key; the glossary lists every term; the choice
// survives a reload and a round trip through English; settings take it back to standard
// Japanese.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, open, noErrors } from './fixture.mjs';

const app = useApp();

/** The base and reading of each furigana in `main`. */
function furigana(page) {
  return page.locator('main ruby').evaluateAll((all) => all.map((r) => [r.firstChild.textContent, r.querySelector('rt').textContent]));
}

test('plain Japanese from the welcome: furigana on onboarding, home and the board, terms explained, kept until she changes it', async () => {
  const { page, errors } = await open(app, '/onboarding');
  const offer = page.getByRole('button', { name: 'やさしい にほんごで みる' });
  assert.equal(await offer.getAttribute('aria-pressed'), 'false');
  await offer.click();
  await page.locator('main ruby').first().waitFor();
  // Named by the kanji once (the reading is for the eye; Chromium sets a ruby apart by a space).
  assert.equal(await page.getByRole('button', { name: /^やさしい にほんごで 見 ?る$/ }).getAttribute('aria-pressed'), 'true');
  assert.ok((await furigana(page)).some(([base, reading]) => base === '分' && reading === 'ふん'), 'onboarding: 5分 with its reading');
  await page.getByText('かいた ことは すぐに ほぞん されます').waitFor();

  await page.getByRole('link', { name: 'ホーム' }).click();
  await page.getByRole('heading', { name: 'ようこそ、おかえりへ', level: 1 }).waitFor();
  await page.locator('main ruby').first().waitFor();
  assert.ok((await furigana(page)).length > 0, 'home has furigana');

  // The board: a term in its heading, furigana in its search field's label.
  await page.getByRole('link', { name: 'チャレンジ' }).first().click();
  const heading = page.getByRole('heading', { name: /^チャレンジ ?の ボード$/, level: 1 });
  await heading.waitFor();
  await page.locator('main label ruby', { hasText: '探' }).waitFor();
  await page.getByRole('searchbox', { name: /^ことばで 探 ?す$/ }).waitFor();
  const term = heading.getByRole('button', { name: 'チャレンジ' });
  assert.equal(await term.getAttribute('aria-expanded'), 'false');
  await term.click();
  assert.equal(await term.getAttribute('aria-expanded'), 'true');
  const note = page.locator(`#${await term.getAttribute('aria-controls')}`);
  await note.getByText('あたらしく やって みたい しごとの ことです').waitFor();
  assert.equal(await note.getAttribute('role'), 'note');
  await term.press('Enter');
  assert.equal(await term.getAttribute('aria-expanded'), 'false');
  assert.equal(await note.isVisible(), false);

  // The glossary, from settings: every term with its meaning.
  await page.getByRole('link', { name: 'せってい' }).click();
  await page.getByRole('radio', { name: 'やさしい にほんご（ふりがな つき）' }).waitFor();
  assert.equal(await page.getByRole('radio', { name: 'やさしい にほんご（ふりがな つき）' }).isChecked(), true);
  await page.getByRole('link', { name: 'カタカナの ことばの せつめい' }).click();
  await page.getByRole('heading', { name: 'ことばの せつめい', level: 1 }).waitFor();
  assert.equal(await page.locator('main dl.glossary dt').count(), 14);
  await page.locator('main dl.glossary dd').filter({ hasText: 'いえから しごとを する' }).first().waitFor();

  // Kept over a reload, and over a round trip through English.
  await page.reload();
  await page.getByRole('heading', { name: 'ことばの せつめい', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.getByRole('heading', { name: 'Words the app uses', level: 1 }).waitFor();
  assert.equal(await page.locator('main ruby').count(), 0);
  await page.getByRole('button', { name: '日本語', exact: true }).click();
  await page.getByRole('heading', { name: 'ことばの せつめい', level: 1 }).waitFor();

  // Settings take her back to standard Japanese: no furigana, the usual words.
  await page.getByRole('link', { name: 'せってい' }).click();
  await page.getByRole('radio', { name: '日本語' }).check();
  await page.getByRole('heading', { name: '設定', level: 1 }).waitFor();
  assert.equal(await page.locator('main ruby').count(), 0);
  await page.reload();
  await page.getByRole('heading', { name: '設定', level: 1 }).waitFor();
  noErrors(errors);
});
