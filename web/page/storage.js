// The page's memory between visits, opt-in only: nothing is stored until the reader ticks
// "keep the text", and unticking it removes everything stored.

const KEYS = { remember: 'arabic-analyzer.remember', text: 'arabic-analyzer.text', lang: 'arabic-analyzer.lang', theme: 'arabic-analyzer.theme' };

function storage() {
  try { return window.localStorage; } catch { return null; }   // blocked by the browser's settings
}

const remembering = () => storage()?.getItem(KEYS.remember) === '1';

/** What the last visit kept ({ text, lang, theme }, lang and theme maybe null), or null when not opted in. */
export function recall() {
  if (!remembering()) return null;
  const s = storage();
  return { text: s.getItem(KEYS.text) || '', lang: s.getItem(KEYS.lang), theme: s.getItem(KEYS.theme) };
}

/** Keeps the editor's text and the interface settings, if the reader opted in. */
export function keep({ text, lang, theme }) {
  const s = storage();
  if (!s || !remembering()) return;
  try {
    s.setItem(KEYS.text, text);
    s.setItem(KEYS.lang, lang);
    s.setItem(KEYS.theme, theme);
  } catch { /* quota: keeping the text is best effort */ }
}

/** Opts in (and keeps `current` at once) or out (and forgets everything). */
export function setRemembering(on, current) {
  const s = storage();
  if (!s) return;
  if (on) {
    s.setItem(KEYS.remember, '1');
    keep(current);
  } else {
    for (const key of Object.values(KEYS)) s.removeItem(key);
  }
}
