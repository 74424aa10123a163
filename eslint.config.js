// Lint is part of `npm test`: it enforces the layer boundaries of DESIGN.md and the project's TypeScript style.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const layers = ['core', 'secrets', 'sources', 'rules', 'vuln', 'compliance', 'engines', 'reporters', 'cli'];

function forbidLayers(allowed) {
  const forbidden = layers.filter((layer) => !allowed.includes(layer));
  return forbidden.map((layer) => ({
    group: [`**/${layer}/**`, `**/${layer}/*`],
    message: `This layer may not import from src/${layer} (see DESIGN.md, import direction).`,
  }));
}

const noIo = [
  { name: 'node:fs', message: 'Only engines and the CLI touch files.' },
  { name: 'node:fs/promises', message: 'Only engines and the CLI touch files.' },
  { name: 'node:child_process', message: 'Only engines and the CLI start processes.' },
  { name: 'node:net', message: 'Only engines open sockets.' },
  { name: 'node:http', message: 'Only engines open sockets.' },
  { name: 'node:https', message: 'Only engines open sockets.' },
];

function boundary(files, allowed, pure) {
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { paths: pure ? noIo : [], patterns: forbidLayers(allowed) }],
      ...(pure
        ? {
            'no-restricted-properties': [
              'error',
              { object: 'Date', property: 'now', message: 'Clock is injected; rules and models are pure.' },
              { object: 'Math', property: 'random', message: 'Output is deterministic.' },
              { object: 'process', message: 'Environment is injected; only engines and the CLI read it.' },
            ],
          }
        : {}),
    },
  };
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'bench-corpus/**',
      'scratch/**',
      'test/fixtures/**',
      'test/bad-input/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'func-style': ['error', 'declaration', { allowArrowFunctions: true }],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use a union or a const object instead of an enum.' },
        { selector: 'ExportDefaultDeclaration', message: 'Named exports only.' },
        {
          selector: "CallExpression[callee.property.name='forEach']",
          message: 'Use for…of instead of forEach.',
        },
      ],
      'no-console': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  boundary(['src/core/**/*.ts'], ['core'], true),
  boundary(['src/secrets/**/*.ts'], ['core', 'secrets'], true),
  boundary(['src/sources/**/*.ts'], ['core', 'sources'], true),
  boundary(['src/rules/**/*.ts'], ['core', 'sources', 'secrets', 'rules'], true),
  boundary(['src/reporters/**/*.ts'], ['core', 'reporters'], true),
  boundary(['src/compliance/**/*.ts'], ['core', 'compliance'], true),
  boundary(['src/vuln/**/*.ts'], ['core', 'vuln'], false),
  boundary(
    ['src/engines/**/*.ts'],
    ['core', 'secrets', 'sources', 'rules', 'vuln', 'reporters', 'engines'],
    false,
  ),
  { files: ['bin/**/*.js', 'test/**/*.js', 'eslint.config.js'], rules: { 'no-restricted-syntax': 'off' } },
  {
    files: [
      'src/cli/**/*.ts',
      'bench/**/*.ts',
      'scripts/**/*.ts',
      'test/**/*.ts',
      'bin/**/*.js',
      'test/**/*.js',
    ],
    rules: { 'no-console': 'off' },
  },
);
