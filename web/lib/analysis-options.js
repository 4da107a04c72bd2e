// The options the page and the widget analyze with, in one place so both list the same
// keywords. Their limits: README, "Analysis options" (tests/native/test_options_agreement.cpp).
export const ANALYZE_OPTIONS = Object.freeze({ keywords: Object.freeze({ top_k: 15 }) });
