// How lib/ and the front-ends make an element: text goes in through textContent only, never
// parsed as HTML, so a user's text cannot become markup.

/** A `tag` element of `doc` with an optional class list and text. */
export function el(doc, tag, className, text) {
  const e = doc.createElement(tag);
  if (className) e.className = className;
  if (text != null) e.textContent = text;
  return e;
}
