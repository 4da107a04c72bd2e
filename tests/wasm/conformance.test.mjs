// twitter-text's extraction conformance suite (tests/conformance/twitter-text/extract.yml,
// vendored) against the wasm build, through the JS API's extract(). The native build runs the
// same suite in tests/native/test_conformance.cpp. Required: every hashtag case, >= 95% of
// mention and URL cases; every case we fail must be listed in tests/conformance-differences.md.
// Each group's case count is pinned, so a truncated or swapped suite fails rather than passing
// on fewer cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load } from 'js-yaml';
import { getAnalyzer, readText } from './support.mjs';

const SUITE = 'tests/conformance/twitter-text/extract.yml';

// The suite counts indices in code points (twitter-text converts its UTF-16 results); our
// API reports UTF-16 code units, so expected indices are converted before comparing.
export function codePointIndexToUtf16(text, codePoints) {
  let i = 0;
  for (let k = 0; k < codePoints && i < text.length; k++) i += text.codePointAt(i) > 0xffff ? 2 : 1;
  return i;
}

// What we extracted for one section, in the suite's terms.
function extracted(result, section, withSpans) {
  let items;
  if (section.startsWith('hashtags')) items = result.hashtags.map((h) => [h.tag, h]);
  else if (section.startsWith('mentions')) items = result.mentions.map((m) => [m.name, m]);
  else if (section.startsWith('cashtags')) items = result.cashtags.map((c) => [c.symbol, c]);
  else items = result.urls.filter((u) => !u.email).map((u) => [u.text, u]);
  return items.map(([value, e]) => (withSpans ? { value, start: e.start, end: e.end } : { value }));
}

function runSections(a, tests, sections) {
  const tally = { passed: 0, total: 0, failures: [], report: '' };
  for (const [section, field] of sections) {
    const cases = tests[section];
    assert.ok(Array.isArray(cases), `missing section ${section}`);
    for (const c of cases) {
      const withSpans = /with_indices|directional/.test(section);
      const want = c.expected.map((e) => (typeof e === 'string'
        ? { value: e }
        : {
            value: e[field],
            start: codePointIndexToUtf16(c.text, e.indices[0]),
            end: codePointIndexToUtf16(c.text, e.indices[1]),
          }));
      const got = extracted(a.extract(c.text), section, withSpans);
      tally.total++;
      if (JSON.stringify(got) === JSON.stringify(want)) {
        tally.passed++;
      } else {
        tally.failures.push(c.description);
        tally.report += `${section}: ${c.description}\n  want ${JSON.stringify(want)}\n  got  ${JSON.stringify(got)}\n`;
      }
    }
  }
  return tally;
}

const groups = [
  { name: 'hashtags', cases: 76, min: 1, sections: [['hashtags', 'hashtag'], ['hashtags_from_astral', 'hashtag'], ['hashtags_with_indices', 'hashtag']] },
  { name: 'mentions', cases: 26, min: 0.95, sections: [['mentions', 'screen_name'], ['mentions_with_indices', 'screen_name']] },
  { name: 'urls', cases: 101, min: 0.95, sections: [['urls', 'url'], ['urls_with_indices', 'url']] },
  {
    name: 'directional_tco_cashtags',
    cases: 17,
    min: 0.95,
    sections: [['urls_with_directional_markers', 'url'], ['tco_urls_with_params', 'url'], ['cashtags', 'cashtag'], ['cashtags_with_indices', 'cashtag']],
  },
];

for (const g of groups) {
  test(`conformance.${g.name}`, async (t) => {
    const tests = load(readText(SUITE)).tests;
    const a = await getAnalyzer();
    const tally = runSections(a, tests, g.sections);
    t.diagnostic(`${g.name}: ${tally.passed}/${tally.total}`);
    assert.equal(tally.total, g.cases, `${g.name}: case count of ${SUITE}`);
    assert.ok(tally.passed / tally.total >= g.min, `${tally.passed}/${tally.total} passed\n${tally.report}`);
    const documented = readText('tests/conformance-differences.md');
    for (const d of tally.failures) {
      assert.ok(documented.includes(d), `failing case not listed in tests/conformance-differences.md: ${d}`);
    }
  });
}

test('conformance.code_point_index_to_utf16', () => {
  const s = 'a\u{1F600}b';
  assert.deepEqual([0, 1, 2, 3].map((k) => codePointIndexToUtf16(s, k)), [0, 1, 3, 4]);
});
