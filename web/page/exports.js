// The page's exports: the result as JSON, the keywords as plain lines on the clipboard, and
// the text annotated as a standalone HTML file, with who said what after it. The HTML is built as a DOM in a separate document and serialized, so
// the user's text is escaped by the serializer (a pasted <script> comes out as &lt;script&gt;).
import { appendHighlighted, textDirection } from '../lib/highlight.js';
import { describeSpan } from '../lib/describe.js';
import { CATEGORY_KEYS } from '../lib/categories.js';
import { COLOURS, categoryRules, colour, cueRule, paletteRules, uncertainRules } from '../lib/palette.js';
import { itemLabel } from '../lib/item-buttons.js';
import { whoSaidWhat } from '../lib/who-said-what.js';
import { LABELS } from '../lib/i18n.js';

/** Offers `data` as a file download (no network: a blob URL). */
function download(doc, data, type, filename) {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** Copies text to the clipboard; falls back to a selected textarea where the API is missing. */
async function copyText(doc, text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const ta = doc.createElement('textarea');
    ta.value = text;
    ta.className = 'offscreen';
    doc.body.append(ta);
    ta.select();
    const ok = doc.execCommand('copy');
    ta.remove();
    return ok;
  }
}

// The annotated file keeps the light theme whatever the page shows: it is for reading and
// printing anywhere.
const ANNOTATED_CSS = `
body { font-family: "Noto Naskh Arabic", "Amiri", "Geeza Pro", serif; line-height: 2; max-width: 50rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1e; background: #fff; }
.text { white-space: pre-wrap; font-size: 1.15rem; }
mark { color: inherit; border-radius: .2em; }
${paletteRules({ light: ':root' }, [COLOURS])}${categoryRules((cat) => `.hl-${cat}`)}
${uncertainRules((cat) => `.hl-${cat}.hl-low`)}
${cueRule('.hl-quote.hl-cue')}
.hl-suspect { text-decoration: underline wavy ${colour('suspect-line')}; }
.legend span { display: inline-block; margin-inline-end: 1em; padding: 0 .4em; }
.who-said-what, .said { list-style: none; padding: 0; }
.said { margin: 0 0 .6em; padding-inline-start: 1.5em; }
.said li { border-inline-start: 3px solid ${colour('quote')}; padding-inline-start: .5em; }
`;

/** The heading and list of who said what, in the interface language; nothing without statements. */
function quotesSection(d, model, L, lang) {
  const list = whoSaidWhat(d, model, (it) => {
    const head = d.createElement('strong');
    head.textContent = `${itemLabel(it, L)} (${L.occurrences(it.count)})`;
    head.dir = it.label ? textDirection(it.label) : (lang === 'ar' ? 'rtl' : 'ltr');
    return head;
  }, { max: Infinity });   // a file to keep: the statements whole
  if (!list.children.length) return [];
  const h2 = d.createElement('h2');
  h2.textContent = L.quotes;
  h2.lang = lang;
  return [h2, list];
}

function annotatedHtml(text, model, hidden, L, lang) {
  const d = document.implementation.createHTMLDocument(L.annotatedTitle);
  d.documentElement.lang = 'ar';
  d.documentElement.dir = 'rtl';
  const meta = d.createElement('meta');
  meta.setAttribute('charset', 'utf-8');
  d.head.prepend(meta);
  const style = d.createElement('style');
  style.textContent = ANNOTATED_CSS;
  d.head.append(style);
  const h1 = d.createElement('h1');
  h1.textContent = L.annotatedTitle;
  const legend = d.createElement('p');
  legend.className = 'legend';
  legend.lang = lang;
  for (const cat of CATEGORY_KEYS) {
    if (hidden.has(cat)) continue;
    const s = d.createElement('mark');
    s.className = `hl-${cat}`;
    s.textContent = L.cat[cat];
    legend.append(s, d.createTextNode(' '));
  }
  const body = d.createElement('div');
  body.className = 'text';
  body.dir = textDirection(text);
  const spans = model.spans.filter((s) => !hidden.has(s.cat));
  appendHighlighted(body, text, spans, 0, text.length, (span) => {
    const m = d.createElement('mark');
    m.className = `hl-${span.cat}${span.low ? ' hl-low' : ''}${span.partOf ? ' hl-cue' : ''}`;
    const { heading, rows } = describeSpan(span, L);
    m.title = [heading, ...rows.map(([k, v]) => (k ? `${k}: ${v}` : String(v)))].join('\n');
    return m;
  });
  d.body.append(h1, legend, body);
  if (!hidden.has('quote')) d.body.append(...quotesSection(d, model, L, lang));
  return `<!doctype html>\n${d.documentElement.outerHTML}\n`;
}

/**
 * The export buttons ({ json, keywords, html }) over `state` (result, model, text, hidden,
 * lang); flash(message) confirms the copy. Without a result they do nothing.
 */
export function connectExports({ json, keywords, html }, state, flash) {
  json.addEventListener('click', () => {
    if (!state.result) return;
    download(document, `${JSON.stringify(state.result, null, 2)}\n`, 'application/json', 'arabic-analysis.json');
  });
  keywords.addEventListener('click', async () => {
    if (!state.result) return;
    const lines = state.result.keywords.map((k) => k.term).join('\n');
    if (await copyText(document, lines)) flash(LABELS[state.lang].copied);
  });
  html.addEventListener('click', () => {
    if (!state.result) return;
    download(document, annotatedHtml(state.text, state.model, state.hidden, LABELS[state.lang], state.lang),
      'text/html;charset=utf-8', 'arabic-analysis.html');
  });
}
