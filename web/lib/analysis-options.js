// What the page and the widget ask of the analyzer, in one place so the two front-ends agree:
// 15 keywords (the core's default is 10) leave the page's panel and the widget's card room to
// rank. Its limits are the README's "Analysis options" (tests/native/test_options_agreement.cpp).
export const ANALYZE_OPTIONS = Object.freeze({ keywords: Object.freeze({ top_k: 15 }) });

// A person, place or organization whose confidence (the calibrated probability that its span
// and type are right: docs/schema.md) is below this is more likely wrong than right: the page
// and the widget draw it dimmed (lib/categories.js decides, once, for both).
export const LOW_CONFIDENCE = 0.5;
