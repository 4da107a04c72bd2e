// The highlight colours, in one place for the page, the widget and the annotated export, so a
// hue changed here changes everywhere; beside them the widget's card colours, so that every
// colour a host page can set (examples/README.md) is in this file. Body text on every
// highlight is at least 7:1 in both themes, and a statement's underline at least 3:1 against
// the card (tests/e2e/page.test.mjs measures the page's).
//
// Every colour becomes an internal custom property (--aa-PER, --aa-keyword-line, ...) that
// reads its public one first (--aa-person-color, documented in examples/README.md): a host page
// styles the widget through the public names without ever seeing the internal ones.
import { CATEGORY_KEYS } from './categories.js';

// The highlights. [internal name (a category key or a role), public custom property or null,
// light, dark]
export const COLOURS = [
  ['hashtag', '--aa-hashtag-color', '#b9e6f7', '#0f4c63'],
  ['PER', '--aa-person-color', '#ffd0da', '#6b2437'],
  ['LOC', '--aa-place-color', '#c9efcf', '#1e5230'],
  ['ORG', '--aa-organization-color', '#d8dcff', '#343c85'],
  ['NUM', '--aa-date-color', '#ffe9a8', '#5e4a0c'],
  ['suspect', '--aa-suspect-color', '#ffd9c2', '#6b3512'],
  ['suspect-line', null, '#c2410c', '#ff9b62'],   // only the page and the export draw it
  ['low-line', null, '#5f5f6b', '#a3a3b0'],        // the dashed underline of uncertain entities
  ['social', '--aa-link-color', '#e4e4e7', '#3f3f46'],
  ['keyword', '--aa-keyword-color', 'rgba(124, 77, 219, .12)', 'rgba(185, 160, 255, .16)'],
  ['keyword-line', '--aa-keyword-line-color', '#7c4ddb', '#b9a0ff'],
  ['sel', '--aa-selection-color', '#d31f5e', '#ff7aa8'],
  // A statement is underlined, not filled: it is a whole clause, and the names and keywords
  // inside it keep their own colours; its cue gets a tint of the same colour.
  ['quote', '--aa-quote-color', '#0f766e', '#5eead4'],
];

// The widget's card: its background, text, borders, bars and focus ring (the page's cards have
// the same colours in style.css, where they paint before any script runs).
export const CARD_COLOURS = [
  ['card', '--aa-background', '#ffffff', '#1c1d23'],
  ['fg', '--aa-foreground', '#1a1a1e', '#ececf1'],
  ['muted', '--aa-muted-color', '#55555f', '#b1b1bd'],
  ['border', '--aa-border-color', '#d6d6de', '#383a45'],
  ['bar', '--aa-bar-color', '#e7e7ee', '#30323c'],
  ['accent', '--aa-accent-color', '#1c5fd6', '#8ab4ff'],
  ['focus', '--aa-focus-color', '#0b57d0', '#9cc0ff'],
];

/** `var(--aa-NAME)`: how rules refer to a colour of the table. */
export const colour = (name) => `var(--aa-${name})`;

/** Custom property declarations of one theme of a table shaped like COLOURS. */
function declarations(table, dark) {
  return table.map(([name, pub, light, darkValue]) => {
    const value = dark ? darkValue : light;
    return `--aa-${name}: ${pub ? `var(${pub}, ${value})` : value};`;
  }).join(' ');
}

/**
 * The palette declared on `light`, switched to the dark theme on `dark`, and on `auto` while
 * the reader's system is dark; `tables`: which of COLOURS and CARD_COLOURS.
 */
export function paletteRules({ light, dark, auto }, tables = [COLOURS, CARD_COLOURS]) {
  const all = (isDark) => tables.map((t) => declarations(t, isDark)).join(' ');
  let css = `${light} { ${all(false)} }\n`;
  if (dark) css += `${dark} { ${all(true)} }\n`;
  if (auto) css += `@media (prefers-color-scheme: dark) { ${auto} { ${all(true)} } }\n`;
  return css;
}

/**
 * One background per category on the elements `selectorOf(category)` matches; keywords are
 * also underlined (`line` thick), so a keyword holding an entity still reads as a keyword.
 * Statements are only underlined (a text decoration, which runs under the marks nested in them
 * without meeting a keyword's border), so `swatches` gives their legend swatch the colour as a
 * background instead.
 */
export function categoryRules(selectorOf, line = '2px', swatches = false) {
  return CATEGORY_KEYS.map((cat) => {
    if (cat === 'quote' && !swatches) {
      return `${selectorOf(cat)} { text-decoration: underline ${line} solid ${colour('quote')}; text-underline-offset: .45em; text-decoration-skip-ink: none; }`;
    }
    return `${selectorOf(cat)} { background: ${colour(cat)};${
      cat === 'keyword' ? ` border-bottom: ${line} solid ${colour('keyword-line')};` : ''} }`;
  }).join('\n');
}

/** A statement's cue (lib/categories.js, `partOf`) on the elements `selector` matches: a tint of the statements' colour. */
export function cueRule(selector) {
  return `${selector} { background: color-mix(in srgb, ${colour('quote')} 20%, transparent); }`;
}

/**
 * Uncertain entities (lib/categories.js, isUncertain) on the elements `selectorOf(category)`
 * matches: a paler background and a dashed underline. The text keeps its colour, so its
 * contrast with the paler background only grows, in both themes.
 */
export function uncertainRules(selectorOf) {
  return ['PER', 'LOC', 'ORG'].map((cat) => `${selectorOf(cat)} { background: color-mix(in srgb, ${colour(cat)} 40%, transparent); border-bottom: 2px dashed ${colour('low-line')}; }`).join('\n');
}

/** A constructed stylesheet: the one way to add rules that a strict `style-src 'self'` allows. */
export function styleSheet(css) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return sheet;
}
