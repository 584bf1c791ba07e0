import nx from '@nx/eslint-plugin';

/** Frameworks the domain must never import: it is pure rules, usable in the browser and in tests. */
const FRAMEWORKS = ['@nestjs/*', '@angular/*', 'typeorm', 'bullmq', 'ioredis', 'pg', 'express', 'rxjs', 'class-validator', 'class-transformer'];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    ignores: ['**/dist', '**/node_modules', '**/.nx', '**/.angular', '**/.data', '**/coverage', '**/test-results', '**/playwright-report', 'tools/lint/fixtures/**'],
  },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            // The domain is pure: it depends on nothing but itself and plain libraries.
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'], bannedExternalImports: FRAMEWORKS },
            // Contracts may name domain types (roles, dates) but nothing server-side.
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain'], bannedExternalImports: FRAMEWORKS },
            // The browser never reaches into server code.
            { sourceTag: 'platform:browser', onlyDependOnLibsWithTags: ['platform:browser', 'platform:shared'] },
            { sourceTag: 'platform:shared', onlyDependOnLibsWithTags: ['platform:shared'] },
            { sourceTag: 'type:config', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts'] },
            { sourceTag: 'type:persistence', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:config'] },
            { sourceTag: 'type:queues', onlyDependOnLibsWithTags: ['type:config'] },
            {
              sourceTag: 'type:application',
              onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:config', 'type:persistence', 'type:queues'],
            },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:config', 'type:persistence', 'type:queues', 'type:application'] },
            // Apps compose libraries; nothing imports an app (the rule also forbids that by default).
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:config', 'type:persistence', 'type:queues', 'type:application', 'type:testing'],
            },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain'] },
            // Launchers, fixtures, benchmarks and their tests may use the server libraries, as the apps do.
            {
              sourceTag: 'type:tooling',
              onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:config', 'type:persistence', 'type:queues', 'type:application', 'type:testing'],
            },
          ],
        },
      ],
    },
  },
  {
    // Belt and braces for the domain: a path-based rule that needs no project graph.
    files: ['libs/domain/**/*.ts', 'libs/shared/contracts/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: FRAMEWORKS.map((group) => ({ group: [group, `${group}/**`], message: 'The domain and contracts libs are framework-free.' })) }],
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];
