// Turns a result (schema 3) into what the page and the widget draw: highlight categories,
// "items" (the things a reader clicks: one keyword, one linked entity, one hashtag, one
// speaker's statements) and flat spans over the original text. Shared by the page (app.js) and
// the widget.
import { LOW_CONFIDENCE } from './analysis-options.js';
import { speakerKey } from './speaker-key.js';

// Legend order. `prio` decides nesting when spans cover the same text: the higher one is drawn
// inside (its colour wins), so an entity inside a keyword or a hashtag still reads as the entity.
export const CATEGORIES = [
  { key: 'hashtag', prio: 3 },
  { key: 'keyword', prio: 1 },
  { key: 'PER', prio: 4 },
  { key: 'LOC', prio: 4 },
  { key: 'ORG', prio: 4 },
  { key: 'NUM', prio: 4 },      // dates, numbers and percentages share one colour and toggle
  { key: 'suspect', prio: 3 },
  { key: 'social', prio: 3 },   // mentions, links, cashtags
  // Statements and their cues: outermost, since a statement is a clause that holds the names
  // and keywords said in it; drawn as an underline, so the colours inside stay readable.
  { key: 'quote', prio: 0 },
];
export const CATEGORY_KEYS = CATEGORIES.map((c) => c.key);
const PRIO = Object.fromEntries(CATEGORIES.map((c) => [c.key, c.prio]));

/** Legend category of an entity type (PER/LOC/ORG/NUM/PERCENT/DATE). */
export function entityCategory(type) {
  return type === 'PER' || type === 'LOC' || type === 'ORG' ? type : 'NUM';
}

/** A person, place or organization more likely wrong than right (numbers are never guessed). */
export function isUncertain(entity) {
  return entityCategory(entity.type) !== 'NUM' && Number(entity.confidence) < LOW_CONFIDENCE;
}

/**
 * The item of a speaker's statements: the entity group the speaker names, else the speaker's
 * text (speaker-key.js), else the one item of the statements no source is named for.
 */
export function speakerItemId(speaker) {
  if (!speaker) return 'quote:none';
  return speaker.group != null && speaker.group >= 0 ? `quote:g${speaker.group}` : `quote:t:${speakerKey(speaker.text)}`;
}

function longest(values) {
  return values.reduce((best, v) => (v.length > best.length ? v : best), values[0]);
}

function mostCommon(values) {
  const counts = new Map();
  let best = values[0];
  for (const v of values) {
    const n = (counts.get(v) || 0) + 1;
    counts.set(v, n);
    if (n > counts.get(best)) best = v;
  }
  return best;
}

/**
 * Builds { items: Map(id -> item), spans: [...] } from a result.
 * item: { id, cat, kind, label, count, spans: [span...], ...details }
 * span: { start, end, cat, prio, item (id), kind, record (the result entry), index, low, partOf }
 * (`low`: an uncertain entity, drawn dimmed; `partOf`: a statement's cue, drawn and described
 * with its statement's item but not one of its occurrences: the span of that statement)
 */
export function buildModel(result) {
  const items = new Map();
  const spans = [];
  const item = (id, init) => {
    let it = items.get(id);
    if (!it) { it = { id, spans: [], ...init }; items.set(id, it); }
    return it;
  };
  const add = (it, start, end, kind, record, partOf = null) => {
    if (!(end > start)) return null;
    const low = kind === 'entity' && isUncertain(record);
    const span = { start, end, cat: it.cat, prio: PRIO[it.cat], item: it.id, kind, record, index: spans.length, low, partOf };
    spans.push(span);
    if (!partOf) it.spans.push(span);
    return span;
  };

  (result.keywords || []).forEach((k, i) => {
    const it = item(`kw:${i}`, { cat: 'keyword', kind: 'keyword', label: k.term, record: k, rank: i });
    for (const o of k.occurrences || []) add(it, o.start, o.end, 'keyword', k);
  });
  for (const e of result.entities || []) {
    const cat = entityCategory(e.type);
    const id = e.group != null && e.group >= 0 ? `ent:${e.group}` : `ent:${e.type}:${e.normalized}`;
    const it = item(id, { cat, kind: 'entity', type: e.type, texts: [], record: e });
    it.texts.push(e.text);
    add(it, e.start, e.end, 'entity', e);
  }
  for (const h of result.hashtags || []) {
    const it = item(`tag:${h.normalized}`, { cat: 'hashtag', kind: 'hashtag', texts: [], record: h });
    it.texts.push(h.text);
    add(it, h.start, h.end, 'hashtag', h);
  }
  for (const s of result.suspect_hashtags || []) {
    const it = item(`sus:${s.text}`, { cat: 'suspect', kind: 'suspect', texts: [], record: s });
    it.texts.push(s.text);
    add(it, s.start, s.end, 'suspect', s);
  }
  const social = [
    ['mention', result.mentions, (m) => `men:${String(m.name).toLowerCase()}`],
    ['url', result.urls, (u) => `url:${u.text}`],
    ['cashtag', result.cashtags, (c) => `cash:${String(c.symbol).toUpperCase()}`],
  ];
  for (const [kind, list, key] of social) {
    for (const r of list || []) {
      const it = item(key(r), { cat: 'social', kind, texts: [], record: r });
      it.texts.push(r.text);
      add(it, r.start, r.end, kind, r);
    }
  }
  for (const q of result.quotes || []) {
    const it = item(speakerItemId(q.speaker), { cat: 'quote', kind: 'quote', texts: [], speaker: q.speaker, record: q });
    if (q.speaker) it.texts.push(q.speaker.text);
    const statement = add(it, q.content.start, q.content.end, 'quote', q);
    if (statement) add(it, q.cue.start, q.cue.end, 'cue', q, statement);
  }
  for (const it of items.values()) {
    it.spans.sort((a, b) => a.start - b.start || a.end - b.end);
    it.count = it.spans.length;
    // A speaker is labelled by its fullest mention (وزير الخارجية الروسي سيرجي لافروف, not لافروف);
    // the statements of no named source have no label (the front-ends say "unattributed").
    if (!it.label && it.texts.length) it.label = it.kind === 'quote' ? longest(it.texts) : mostCommon(it.texts);
  }
  return { items, spans };
}

/** Items of one kind, most frequent first (keywords keep the core's ranking). */
export function itemsOf(model, predicate) {
  return [...model.items.values()].filter(predicate)
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || b.count - a.count || a.spans[0].start - b.spans[0].start);
}

/** The speakers of the statements, most statements first, the unattributed ones last. */
export function speakerItems(model) {
  const items = itemsOf(model, (i) => i.kind === 'quote');
  return [...items.filter((i) => i.speaker), ...items.filter((i) => !i.speaker)];
}
