// The page's interface language and theme: every labelled element (data-i18n, data-i18n-aria,
// data-i18n-placeholder) relabelled, the document's lang and dir, the toggles' own labels.
import { LABELS } from '../lib/i18n.js';

/** Labels the static page in `lang`. */
export function labelPage(lang) {
  const l = LABELS[lang];
  const root = document.documentElement;
  root.lang = lang;
  root.dir = lang === 'ar' ? 'rtl' : 'ltr';
  document.title = `${l.title} — arabic-analyzer`;
  for (const e of document.querySelectorAll('[data-i18n]')) e.textContent = l[e.dataset.i18n];
  for (const e of document.querySelectorAll('[data-i18n-aria]')) e.setAttribute('aria-label', l[e.dataset.i18nAria]);
  for (const e of document.querySelectorAll('[data-i18n-placeholder]')) e.placeholder = l[e.dataset.i18nPlaceholder];
  for (const o of document.getElementById('profile').options) o.textContent = l.profiles[o.value];
  const toggle = document.getElementById('lang-toggle');
  toggle.textContent = l.langToggle;
  toggle.lang = lang === 'ar' ? 'en' : 'ar';
  toggle.setAttribute('aria-label', l.langToggleLabel);
}

/** Shows `theme` ('light' or 'dark'); the toggle offers the other, labelled in `lang`. */
export function showTheme(theme, lang) {
  document.documentElement.dataset.theme = theme;
  const b = document.getElementById('theme-toggle');
  b.textContent = theme === 'dark' ? LABELS[lang].themeToLight : LABELS[lang].themeToDark;
  b.setAttribute('aria-pressed', String(theme === 'dark'));
}
