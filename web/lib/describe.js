// What a tooltip says about one highlighted span: a heading (its type) and label/value rows,
// as plain strings. Callers put them into text nodes.

export function describeSpan(span, L) {
  const r = span.record;
  const rows = [];
  let heading;
  switch (span.kind) {
    case 'keyword':
      heading = L.type.keyword;
      rows.push([L.normalized, r.normalized]);
      rows.push([L.score, Number(r.score).toFixed(2)]);
      if (r.why) rows.push([L.why, L.whyText(r.why)]);
      rows.push(['', L.occurrences(r.count ?? (r.occurrences || []).length)]);
      break;
    case 'entity':
      heading = L.type[r.type] || r.type;
      rows.push([L.normalized, r.normalized]);
      if (r.confidence != null) {
        const pct = L.percent(r.confidence);
        rows.push([L.confidence, span.low ? `${pct} (${L.uncertain})` : pct]);
      }
      if (r.source) rows.push([L.why, r.source]);
      break;
    case 'hashtag':
      heading = L.type.hashtag;
      rows.push([L.normalized, r.normalized]);
      break;
    case 'suspect':
      heading = L.type.suspect;
      rows.push([L.reason, L.reasons[r.reason] || r.reason]);
      break;
    case 'quote':
    case 'cue':
      // A statement and its cue say the same: who, through which words, and how.
      heading = L.type[span.kind];
      rows.push([L.speaker, r.speaker ? r.speaker.text : L.unattributed]);
      rows.push([L.cue, r.cue.text]);
      rows.push([L.quoteKind, L.quoteKinds[r.kind] || r.kind]);
      break;
    default:
      heading = L.type[span.kind] || span.kind;
      rows.push(['', r.name || r.symbol || r.text]);
  }
  return { heading, rows };
}

/** Fills `el` with the descriptions of a chain of spans (innermost first), via text nodes. */
export function fillTooltip(el, spansInnerFirst, L) {
  el.replaceChildren();
  const doc = el.ownerDocument;
  for (const span of spansInnerFirst) {
    const { heading, rows } = describeSpan(span, L);
    const block = doc.createElement('div');
    block.className = `tip-block tip-${span.cat}`;
    const h = doc.createElement('strong');
    h.textContent = heading;
    block.appendChild(h);
    for (const [label, value] of rows) {
      const line = doc.createElement('div');
      if (label) {
        const l = doc.createElement('span');
        l.className = 'tip-label';
        l.textContent = `${label}: `;
        line.appendChild(l);
      }
      line.appendChild(doc.createTextNode(String(value)));
      block.appendChild(line);
    }
    el.appendChild(block);
  }
}
