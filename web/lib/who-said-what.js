// "Who said what": the statements grouped by speaker (lib/categories.js's quote items), as the
// list that the page's panel, the widget's card and the annotated export each show. The caller
// makes the speaker's entry (a button where it selects, plain text in the export); the
// statements under it are excerpts of their content, as text nodes.
import { speakerItems } from './categories.js';
import { textDirection } from './highlight.js';
import { el } from './el.js';

/** `text` cut to at most `max` UTF-16 units at a space, with an ellipsis when cut. */
export function excerpt(text, max) {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max - 1);
  return `${text.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}

/**
 * A list of the speakers of `model`, the `limit` with most statements (the unattributed ones
 * last), each as `head(item)` followed by its first `perSpeaker` statements cut to `max` units.
 * Empty when the text has no statement.
 */
export function whoSaidWhat(doc, model, head, { limit = Infinity, perSpeaker = Infinity, max = 160 } = {}) {
  const list = el(doc, 'ul', 'who-said-what');
  for (const it of speakerItems(model).slice(0, limit)) {
    const said = el(doc, 'ul', 'said');
    for (const span of it.spans.slice(0, perSpeaker)) {
      const content = span.record.content.text;
      const li = el(doc, 'li', `said-${span.record.kind}`, excerpt(content, max));
      li.dir = textDirection(content);
      said.append(li);
    }
    const li = el(doc, 'li', 'speaker');
    li.append(head(it), said);
    list.append(li);
  }
  return list;
}
