// The widget's card, drawn in its Shadow DOM: a header with the status, the legend's toggles,
// the top keywords, entities, speakers (who said what) and hashtags as buttons, the tooltip,
// and (about its own text) that text highlighted. Host pages style it through custom properties and `part`s only.
import { itemsOf, CATEGORY_KEYS } from '../lib/categories.js';
import { appendHighlighted, textDirection } from '../lib/highlight.js';
import { showTooltip } from '../lib/tooltip.js';
import { itemButton, noneEntry, scoreBar } from '../lib/item-buttons.js';
import { legendChips } from '../lib/legend.js';
import { categoryRules, colour, cueRule, paletteRules, styleSheet, uncertainRules } from '../lib/palette.js';
import { whoSaidWhat } from '../lib/who-said-what.js';
import { el } from '../lib/el.js';

const CARD_CSS = `
${paletteRules({ light: ':host', dark: ':host([theme="dark"])', auto: ':host([theme="auto"])' })}
:host {
  display: block; contain: content; color: var(--aa-fg); font: 400 1rem/1.7 "Noto Naskh Arabic", "Noto Sans Arabic", "Geeza Pro", Tahoma, sans-serif;
  text-align: start;
}
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
.card { background: var(--aa-card); border: 1px solid var(--aa-border); border-radius: .75rem; padding: .75rem .9rem; }
header { display: flex; justify-content: space-between; align-items: baseline; gap: .5rem; flex-wrap: wrap; }
h2 { font-size: 1.05rem; margin: 0; }
h3 { font-size: .95rem; margin: .6rem 0 .2rem; color: var(--aa-muted); }
.status { color: var(--aa-muted); font-size: .85rem; }
.legend { display: flex; flex-wrap: wrap; gap: .3rem; margin: .4rem 0; }
button { font: inherit; color: inherit; cursor: pointer; }
:focus-visible { outline: 3px solid var(--aa-focus); outline-offset: 2px; }
.chip { display: inline-flex; gap: .3rem; align-items: center; background: transparent; border: 1px solid var(--aa-border); border-radius: 999px; padding: 0 .55rem; font-size: .85rem; }
.chip[aria-pressed="false"] { opacity: .6; text-decoration: line-through; }
.swatch { width: .8rem; height: .8rem; border-radius: .2rem; border: 1px solid var(--aa-border); display: inline-block; flex-shrink: 0; }
${categoryRules((cat) => `.sw-${cat}`, '3px', true)}
.chip[aria-pressed="false"] .swatch { background: transparent; }
ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .3rem; }
ul.kw { display: grid; gap: .1rem; }
.item { display: inline-flex; gap: .35rem; align-items: center; border: 1px solid var(--aa-border); background: transparent; border-radius: .4rem; padding: 0 .45rem; font-size: .92rem; }
ul.kw .item { display: flex; width: 100%; border-color: transparent; }
.item[aria-pressed="true"] { border-color: var(--aa-sel); }
.item .count { color: var(--aa-muted); font-size: .8rem; }
.label { flex: 1 1 auto; text-align: start; }
.bar { flex: 0 0 3.5rem; height: .4rem; border-radius: 999px; background: var(--aa-bar); overflow: hidden; }
.fill { display: block; height: 100%; background: var(--aa-keyword-line); }
.none { color: var(--aa-muted); font-size: .9rem; }
ul.who-said-what, ul.said { display: grid; gap: .15rem; }
.said { margin-inline-start: 1.2rem; font-size: .85rem; }
.said li { border-inline-start: 3px solid ${colour('quote')}; padding-inline-start: .4rem; }
details { margin-top: .5rem; }
summary { cursor: pointer; color: var(--aa-muted); }
.text { white-space: pre-wrap; line-height: 2; margin-top: .3rem; }
.text mark { color: inherit; border-radius: .2em; background: transparent; }
${categoryRules((cat) => `.text .m-${cat}`)}
${uncertainRules((cat) => `.text .m-${cat}.low`)}
${cueRule('.text .m-quote.cue')}
${CATEGORY_KEYS.map((cat) => `.text.off-${cat} .m-${cat}`).join(', ')} { background: none; border-bottom: 0; text-decoration: none; }
.text mark[data-aa-sel] { outline: 2px solid var(--aa-sel); }
.tip { position: fixed; z-index: 2147483000; max-width: min(22rem, 92vw); background: var(--aa-card); color: var(--aa-fg); border: 1px solid var(--aa-border);
  border-radius: .5rem; box-shadow: 0 6px 24px rgba(0,0,0,.2); padding: .35rem .6rem; font-size: .88rem; line-height: 1.55; pointer-events: none; top: 0; left: 0; }
.tip[hidden] { display: none; }
.tip-block + .tip-block { border-top: 1px solid var(--aa-border); margin-top: .25rem; padding-top: .25rem; }
.tip-block strong { display: block; }
.tip-label { color: var(--aa-muted); }
`;

let sheet = null;
/** The card's stylesheet, made once and adopted by every widget's shadow root. */
export const cardSheet = () => (sheet ??= styleSheet(CARD_CSS));

/** Names `e` as a part the host page can style (`arabic-analyzer::part(name)`). */
function parted(e, name) {
  e.setAttribute('part', name);
  return e;
}

/** The empty card (title, status, tooltip) in `root`, labelled in `lang`. */
export function renderShell(root, L, lang) {
  const doc = document;
  const card = parted(el(doc, 'section', 'card'), 'card');
  card.setAttribute('aria-label', L.title);
  card.lang = lang;
  card.dir = lang === 'ar' ? 'rtl' : 'ltr';
  const header = parted(el(doc, 'header'), 'header');
  const status = parted(el(doc, 'span', 'status', L.loading), 'status');
  status.setAttribute('role', 'status');
  header.append(parted(el(doc, 'h2', '', L.title), 'title'), status);
  const tip = parted(el(doc, 'div', 'tip'), 'tooltip');
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  card.append(header, el(doc, 'div', 'body'));
  root.replaceChildren(card, tip);
}

export function setStatus(root, text) {
  const s = root.querySelector('.status');
  if (s) s.textContent = text;
}

/** Describes `spans` (innermost first) in the card's tooltip, placed at `anchor`. */
export function showCardTip(root, anchor, spans, L) {
  const tip = root.querySelector('.tip');
  if (tip) showTooltip(tip, anchor, spans, L, 6);
}

export function hideCardTip(root) {
  const tip = root.querySelector('.tip');
  if (tip) tip.hidden = true;
}

/**
 * Fills the card's body from an analysis. `view`: { labels, model, categories (shown),
 * hidden (toggled off), top, ms, text (the card's own text to draw, or null in `for` mode) }.
 * `on`: select(itemId), toggle(chip), tip(anchor, spans), untip(), hover(event) and
 * mark(span, element) (records a drawn mark, returns it).
 */
export function renderCard(root, view, on) {
  const { labels: L, model, categories: cats, top } = view;
  const doc = document;
  const body = root.querySelector('.body');
  if (!body) return;
  setStatus(root, L.analyzedIn(view.ms ?? 0));
  body.replaceChildren();

  // Legend with toggles (for the highlighted text, in place or in the card).
  const legend = parted(el(doc, 'div', 'legend'), 'legend');
  legend.setAttribute('role', 'group');
  legend.setAttribute('aria-label', L.legend);
  for (const chip of legendChips(doc, model.spans, view.hidden, L, cats)) {
    chip.addEventListener('click', () => on.toggle(chip));
    legend.append(parted(chip, 'chip'));
  }
  body.append(legend);

  const button = (it, extra) => {
    const b = parted(itemButton(doc, it, L, extra), 'item');
    b.addEventListener('click', () => on.select(it.id));
    // Keyboard users get the same tooltip as a hover on a highlight gives.
    b.addEventListener('focus', () => on.tip(b, [it.spans[0]]));
    b.addEventListener('blur', () => on.untip());
    return b;
  };
  const entry = (it, extra) => {
    const li = el(doc, 'li');
    li.append(button(it, extra));
    return li;
  };
  const section = (title, items, extraOf = () => null, className = '') => {
    const ul = parted(el(doc, 'ul', className), 'list');
    for (const it of items) ul.append(entry(it, extraOf(it)));
    if (!ul.children.length) ul.append(noneEntry(doc, L));
    body.append(parted(el(doc, 'h3', '', title), 'section-title'), ul);
  };
  if (cats.has('keyword')) {
    section(L.keywords, itemsOf(model, (i) => i.kind === 'keyword').slice(0, top),
      (it) => scoreBar(doc, it.record.score), 'kw');
  }
  if (['PER', 'LOC', 'ORG', 'NUM'].some((c) => cats.has(c))) {
    section(L.entities, itemsOf(model, (i) => i.kind === 'entity' && cats.has(i.cat))
      .sort((a, b) => b.count - a.count).slice(0, top * 2));
  }
  if (cats.has('quote')) {
    // Compact: the `top` speakers with the first of their statements, cut short.
    const list = parted(whoSaidWhat(doc, model, (it) => button(it), { limit: top, perSpeaker: 1, max: 90 }), 'list');
    if (!list.children.length) list.append(noneEntry(doc, L));
    body.append(parted(el(doc, 'h3', '', L.quotes), 'section-title'), list);
  }
  if (cats.has('hashtag')) section(L.hashtags, itemsOf(model, (i) => i.kind === 'hashtag'));
  if (view.text != null) body.append(ownText(view, on));
}

/** The card's own text, highlighted, folded away by default. */
function ownText({ labels: L, model, categories: cats, hidden, text }, on) {
  const doc = document;
  const details = el(doc, 'details');
  const box = parted(el(doc, 'div', 'text'), 'text');
  box.dir = textDirection(text);
  for (const c of hidden) box.classList.add(`off-${c}`);
  const spans = model.spans.filter((s) => cats.has(s.cat));
  appendHighlighted(box, text, spans, 0, text.length, (span) => {
    const m = el(doc, 'mark', `m-${span.cat}${span.low ? ' low' : ''}${span.partOf ? ' cue' : ''}`);
    m.dataset.item = span.item;
    m.dataset.span = String(span.index);
    return on.mark(span, m);
  });
  box.addEventListener('mouseover', on.hover);
  box.addEventListener('mouseleave', () => on.untip());
  details.append(el(doc, 'summary', '', L.viewTitle), box);
  return details;
}

/** Shows or hides category `cat` in the card's own text. */
export function showCategoryInCard(root, cat, off) {
  root.querySelector('.text')?.classList.toggle(`off-${cat}`, off);
}
