// ESLint flat config: the recommended rules over every hand-written JavaScript file.
// Generated and third-party code (the Emscripten glue in build/, dist/, node_modules/) is not ours to lint.
import js from '@eslint/js';
import globals from 'globals';

export default [
  { ignores: ['build/**', 'dist/**', 'node_modules/**'] },
  js.configs.recommended,
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { ecmaVersion: 2024, sourceType: 'module' },
  },
  // The page, the widget and their worker run in browsers.
  { files: ['web/**/*.js'], languageOptions: { globals: { ...globals.browser } } },
  { files: ['web/analyzer-worker.js'], languageOptions: { globals: { ...globals.worker } } },
  // The JS API runs in both: browsers and Node.
  { files: ['web/arabic-analyzer.js'], languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  // Tests, benchmarks and build tools run in Node (and hand functions to pages through Playwright).
  {
    files: ['tests/**', 'bench/**', 'build-scripts/**', 'tools/**', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
];
