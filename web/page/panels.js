// The side panels: ranked keywords with score bars, entities grouped by type, who said what,
// hashtags (plus suspect hashtags, mentions and links) and summary statistics; the entries are
// item-buttons.js's.
import { itemsOf } from '../lib/categories.js';
import { itemButton, noneEntry, scoreBar } from '../lib/item-buttons.js';
import { el } from '../lib/el.js';
import { whoSaidWhat } from '../lib/who-said-what.js';
import { LABELS } from '../lib/i18n.js';

function listOrNone(doc, list, L) {
  if (!list.children.length) list.append(noneEntry(doc, L));
}

function renderKeywords(list, model, L) {
  const doc = list.ownerDocument;
  list.replaceChildren();
  for (const it of itemsOf(model, (i) => i.kind === 'keyword')) {
    const li = doc.createElement('li');
    const bar = scoreBar(doc, it.record.score);
    const score = el(doc, 'span', 'score', Number(it.record.score).toFixed(2));
    score.setAttribute('aria-label', `${L.score} ${Number(it.record.score).toFixed(2)}`);
    const extra = doc.createDocumentFragment();
    extra.append(bar, score);
    const b = itemButton(doc, it, L, extra);
    if (it.record.why) b.title = `${L.why}: ${L.whyText(it.record.why)}`;
    li.append(b);
    list.append(li);
  }
  listOrNone(doc, list, L);
}

function renderEntities(container, model, L) {
  const doc = container.ownerDocument;
  container.replaceChildren();
  let any = false;
  for (const cat of ['PER', 'LOC', 'ORG', 'NUM']) {
    const items = itemsOf(model, (i) => i.kind === 'entity' && i.cat === cat);
    if (!items.length) continue;
    any = true;
    const group = el(doc, 'section', 'ent-group');
    const total = items.reduce((n, i) => n + i.count, 0);
    const h = el(doc, 'h3', '', `${L.cat[cat]} `);
    h.append(el(doc, 'span', 'badge', `${items.length} · ×${total}`));
    group.setAttribute('aria-label', `${L.cat[cat]}: ${items.length}`);
    const ul = el(doc, 'ul', 'item-list');
    for (const it of items) {
      const li = doc.createElement('li');
      const extra = cat === 'NUM' ? el(doc, 'span', 'subtype', L.type[it.type] || it.type) : null;
      li.append(itemButton(doc, it, L, extra));
      ul.append(li);
    }
    group.append(h, ul);
    container.append(group);
  }
  if (!any) container.append(el(doc, 'p', 'none', L.none));
}

function renderQuotes(container, model, L) {
  const doc = container.ownerDocument;
  const list = whoSaidWhat(doc, model, (it) => itemButton(doc, it, L));
  container.replaceChildren(list.children.length ? list : el(doc, 'p', 'none', L.none));
}

function renderHashtags(list, extra, model, L) {
  const doc = list.ownerDocument;
  list.replaceChildren();
  for (const it of itemsOf(model, (i) => i.kind === 'hashtag')) {
    const li = doc.createElement('li');
    li.append(itemButton(doc, it, L));
    list.append(li);
  }
  listOrNone(doc, list, L);
  extra.replaceChildren();
  for (const [title, pred] of [[L.suspectTitle, (i) => i.cat === 'suspect'], [L.socialTitle, (i) => i.cat === 'social']]) {
    const items = itemsOf(model, pred);
    if (!items.length) continue;
    const ul = el(doc, 'ul', 'item-list');
    for (const it of items) {
      const li = doc.createElement('li');
      li.append(itemButton(doc, it, L, it.cat === 'social' ? el(doc, 'span', 'subtype', L.type[it.kind]) : null));
      ul.append(li);
    }
    extra.append(el(doc, 'h3', '', title), ul);
  }
}

function renderStats(dl, stats, L, lang) {
  const doc = dl.ownerDocument;
  dl.replaceChildren();
  if (!stats) return;
  const locale = lang === 'ar' ? 'ar' : 'en';
  const rows = [
    [L.statWords, Number(stats.words).toLocaleString(locale)],
    [L.statSentences, Number(stats.sentences).toLocaleString(locale)],
    [L.statChars, Number(stats.characters).toLocaleString(locale)],
    [L.statArabic, Number(stats.arabic_share).toLocaleString(locale, { style: 'percent', maximumFractionDigits: 0 })],
    [L.statReading, L.minutes(Number(stats.reading_minutes).toLocaleString(locale, { maximumFractionDigits: 1 }))],
  ];
  for (const [k, v] of rows) {
    const div = doc.createElement('div');
    div.append(el(doc, 'dt', '', k), el(doc, 'dd', '', v));
    dl.append(div);
  }
}

/** Fills every panel ({ keywords, entities, quotes, hashtags, extraTags, stats }) from `state` (model, result, lang). */
export function renderPanels(panels, { model, result, lang }) {
  const L = LABELS[lang];
  renderKeywords(panels.keywords, model, L);
  renderEntities(panels.entities, model, L);
  renderQuotes(panels.quotes, model, L);
  renderHashtags(panels.hashtags, panels.extraTags, model, L);
  renderStats(panels.stats, result.stats, L, lang);
}

export function clearPanels(panels) {
  for (const panel of Object.values(panels)) panel.replaceChildren();
}
