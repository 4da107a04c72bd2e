// Shared helpers for the wasm tests under Node: the built module, files, and the
// shared-case checks (the same rules as tests/native/test_support.cpp).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const distDir = process.env.AA_DIST_DIR || path.join(root, 'dist/web');

let analyzerPromise;
export function getAnalyzer() {
  analyzerPromise ??= import(path.join(distDir, 'arabic-analyzer.js')).then((m) => m.createAnalyzer());
  return analyzerPromise;
}

export const readText = (p) => readFileSync(path.isAbsolute(p) ? p : path.join(root, p), 'utf8');

function isTrail(u) { return (u & 0xfc00) === 0xdc00; }
function isLead(u) { return (u & 0xfc00) === 0xd800; }

function replaceLoneSurrogates(text) {
  return text.toWellFormed ? text.toWellFormed() : text.replace(
    /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

export function checkSpans(result, input) {
  const text = replaceLoneSurrogates(input);
  const errors = [];
  const splits = (k) => k > 0 && k < text.length && isTrail(text.charCodeAt(k)) && isLead(text.charCodeAt(k - 1));
  const walk = (node, where) => {
    if (Array.isArray(node)) { node.forEach((n, i) => walk(n, `${where}[${i}]`)); return; }
    if (node === null || typeof node !== 'object') return;
    if ('start' in node && 'end' in node) {
      const { start: s, end: e } = node;
      if (!(s <= e && e <= text.length && s >= 0)) errors.push(`${where}: span outside the input`);
      else if (splits(s) || splits(e)) errors.push(`${where}: span splits a surrogate pair`);
      else if (typeof node.text === 'string' && text.slice(s, e) !== node.text) {
        errors.push(`${where}: text.slice(start, end) !== text`);
      }
    }
    for (const [k, v] of Object.entries(node)) walk(v, `${where}.${k}`);
  };
  walk(result, 'result');
  return errors;
}

function partialMatch(want, got) {
  if (want !== null && typeof want === 'object' && !Array.isArray(want)) {
    if (got === null || typeof got !== 'object') return false;
    return Object.entries(want).every(([k, v]) => k in got && partialMatch(v, got[k]));
  }
  // Arrays and scalars must be equal, whatever the key order inside objects (as in nlohmann's ==).
  return isDeepStrictEqual(want, got);
}

export function checkExpectations(c, result) {
  const errors = [];
  for (const [key, want] of Object.entries(c.expect ?? {})) {
    const got = result[key];
    if (!Array.isArray(want)) {
      if (!partialMatch(want, got)) errors.push(`${key}: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
      continue;
    }
    for (const w of want) {
      if (!Array.isArray(got) || !got.some((g) => partialMatch(w, g))) {
        errors.push(`${key}: missing ${JSON.stringify(w)}\n  got ${JSON.stringify(got).slice(0, 2000)}`);
      }
    }
  }
  for (const key of c.exact ?? []) {
    if (c.expect[key].length !== result[key].length) {
      errors.push(`${key}: want ${c.expect[key].length} items, got ${result[key].length}`);
    }
  }
  for (const want of c.count ?? []) {
    const n = (result[want.array] ?? []).filter((g) => partialMatch(want.match, g)).length;
    if (n !== want.n) errors.push(`${want.array}: want ${want.n} items like ${JSON.stringify(want.match)}, got ${n}`);
  }
  for (const [key, bad] of Object.entries(c.absent ?? {})) {
    for (const b of bad) for (const g of result[key] ?? []) {
      if (partialMatch(b, g)) errors.push(`${key}: unexpected ${JSON.stringify(g)}`);
    }
  }
  return errors;
}
