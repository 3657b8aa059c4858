// A short rule set; each rule says why it is here. Formatting is Prettier's (npm run check runs both).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', 'node_modules/', 'web/dist/', '**/generated/', '.cache/', '.data/', 'bench/results/', 'test/artifacts/', 'tools/', 'scripts/'],
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Unused code is dead code; a leading _ marks what is left unused on purpose (a rest sibling, a parameter).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // A promise nobody awaits loses its failure: await it, return it, or mark it `void` on purpose.
      '@typescript-eslint/no-floating-promises': 'error',
      // Type-only imports disappear from the build, so importing a type never runs a module.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Named exports only: a thing has one name wherever it is imported.
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use a named export.' }],
      // A body on its own line gets braces: a second line added to it would otherwise run unconditionally.
      curly: ['error', 'multi-line'],
      // Tests and the wire formats read JSON of unknown shape; `any` there is a choice, not an accident.
      '@typescript-eslint/no-explicit-any': 'off',
      // CommonJS `require` is how the few synchronous JSON and optional-module reads are done.
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  prettier,
);
