// The key under which "who said what" groups the statements of a speaker no entity names
// (مصادر مطلعة، المتحدث باسم الجيش): its text with the spelling differences Arabic news leaves
// to the writer folded away, so «مصادر مطّلعة» and «مصادر مطلعة» are one source. A speaker
// naming a person or an organization is grouped by that entity's `group` instead.

/** Drops the harakat, shadda, sukun and dagger alef (U+064B-U+0652, U+0670) and tatweel (U+0640). */
export function dropMarks(text) {
  return text.replace(/[\u064B-\u0652\u0670\u0640]/g, '');
}

/** Writes alef with hamza above or below, with madda and wasla (أ إ آ ٱ) as bare alef (ا). */
export function bareAlef(text) {
  return text.replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627');
}

/** Writes alef maksura (ى) as yeh (ي) and teh marbuta (ة) as heh (ه): both are spelled either way. */
export function foldFinals(text) {
  return text.replace(/\u0649/g, '\u064A').replace(/\u0629/g, '\u0647');
}

/** Collapses runs of white space to one space and trims the ends. */
export function squeezeSpaces(text) {
  return text.replace(/\s+/g, ' ').trim();
}

/** The grouping key of a speaker's text. */
export function speakerKey(text) {
  return squeezeSpaces(foldFinals(bareAlef(dropMarks(String(text)))));
}
