import js from '@eslint/js';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import { boundariesPlugin } from './eslint/boundaries';

export default defineConfig(
  {
    ignores: ['node_modules/', 'dist/', 'release/', '.tsbuild/', 'test-results/', 'playwright-report/', 'docs/'],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { verikop: boundariesPlugin },
    rules: {
      'verikop/boundaries': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['electron/**/*.ts', 'server/**/*.ts', 'scripts/**/*.ts', 'tests/**/*.ts', 'eslint/**/*.ts', '*.config.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    // Command-line tools talk to a person on the terminal.
    files: ['scripts/**/*.ts', 'tests/bench/**/*.ts', 'server/cli/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
