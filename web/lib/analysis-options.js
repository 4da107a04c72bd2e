// What the page and the widget ask of the analyzer, in one place so the two front-ends agree:
// 15 keywords (the core's default is 10) leave the page's panel and the widget's card room to
// rank. Its limits are the README's "Analysis options" (tests/native/test_options_agreement.cpp).
export const ANALYZE_OPTIONS = Object.freeze({ keywords: Object.freeze({ top_k: 15 }) });
