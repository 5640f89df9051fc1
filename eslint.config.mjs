// The layering the code keeps, checked (`npm run lint`, tier `lint` of `npm test`). Only the
// rules below: structure, not style. Syntax only (no type information), so it runs in seconds.
//   - src/core is pure: no `vscode`, no Node built-ins, nothing outside src/core.
//   - A feature (src/features/<name>) imports host, core and shared code and its own folder,
//     never another feature: what two features need lives in src/host or src/core.
//   - Only src/host touches the workspace's files and edits: `workspace.fs`,
//     `workspace.applyEdit`, `WorkspaceEdit`.
//   - No `.only` or skipped tests.
import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const nodeBuiltins = [...new Set(builtinModules.map((m) => m.split('/')[0]))].filter((m) => !m.startsWith('_'));

const WORKSPACE_WRITES = [
  {
    selector: "MemberExpression[property.name='fs']:matches([object.name='workspace'], [object.property.name='workspace'])",
    message: 'Only src/host reads and writes files (workspace.fs): use the JournalFs or the JournalWriter.',
  },
  {
    selector: "MemberExpression[property.name='applyEdit']:matches([object.name='workspace'], [object.property.name='workspace'])",
    message: 'Only src/host applies edits (workspace.applyEdit): use the JournalWriter.',
  },
  {
    selector: "Identifier[name='WorkspaceEdit']",
    message: 'Only src/host builds a WorkspaceEdit: use the JournalWriter.',
  },
];

export default [
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test/e2e/fixtures/**', '.vscode-test/**'] },
  {
    files: ['**/*.ts', '**/*.mts', '**/*.mjs', '**/*.js'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['src/**/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'error' },
  },
  // Files directly in src/core may not go up a folder; files in its subfolders (src/core/merge/)
  // may go up one, to src/core, and no further.
  ...[
    ['src/core/*.ts', '^\\.\\./'],
    ['src/core/*/**/*.ts', '^\\.\\./\\.\\./'],
  ].map(([files, outside]) => ({
    files: [files],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'src/core never imports VS Code: it runs in the CLI and in plain Node tests.' }, ...nodeBuiltins.map((name) => ({ name, message: 'src/core never imports Node built-ins: files come in through JournalFs.' }))],
          patterns: [
            { regex: '^node:', message: 'src/core never imports Node built-ins: files come in through JournalFs.' },
            { regex: outside, message: 'src/core imports nothing outside src/core.' },
          ],
        },
      ],
    },
  })),
  ...features.map((name) => ({
    files: [`src/features/${name}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^\\.\\./(?!\\.\\./|${name}/)|(^|/)features/(?!${name}/)`,
              message: 'A feature never imports another feature: move what both need to src/host or src/core.',
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['src/**/*.ts'],
    ignores: ['src/host/**'],
    rules: { 'no-restricted-syntax': ['error', ...WORKSPACE_WRITES] },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.mjs'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name=/^(only|skip)$/][object.name=/^(describe|it|context|suite|test|specify)$/]",
          message: 'No focused or skipped tests: every test runs.',
        },
        {
          selector: "CallExpression[callee.name=/^x(it|describe|context|specify)$/]",
          message: 'No skipped tests: every test runs.',
        },
        {
          selector: "CallExpression[callee.object.type='ThisExpression'][callee.property.name='skip']",
          message: 'No skipped tests: every test runs.',
        },
      ],
    },
  },
];
