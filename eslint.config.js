import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // Scripts under tests/fixtures/ stand in for other generators' sites (an Eleventy config, a theme's
  // menu script): they are archive content the tests read, never code of ours that runs.
  { ignores: ['lib/', 'dist/', 'node_modules/', 'coverage/', '.broadsheet-cache/', 'test-artifacts/', 'tests/fixtures/**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-sequences': 'off',
    },
  },
  // The theme's one script runs in browsers.
  {
    files: ['templates/assets/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { window: 'readonly', document: 'readonly', URLSearchParams: 'readonly' } },
  },
);
