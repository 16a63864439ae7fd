// Run inside the page by both harnesses (Playwright's `evaluate`, WebdriverIO's `execute`), so it
// is self-contained: taps the board in the navigation and records what each of the next 20
// frames shows, to see whether the board was drawn at once and whether `title`, a card she moved
// out of 「依頼」, ever showed there again.
export async function framesAfterBoardTap(title) {
  const undone = () => [...document.querySelectorAll('.column.status-requested .card-title')].some((t) => t.textContent.trim() === title);
  const look = () => ({ loading: Boolean(document.querySelector('main .loading')), cards: document.querySelectorAll('.challenge-card').length, undone: undone() });
  [...document.querySelectorAll('nav a')].find((a) => a.getAttribute('href')?.endsWith('board')).click();
  const seen = [];
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => requestAnimationFrame(r));
    seen.push(look());
  }
  return seen;
}
