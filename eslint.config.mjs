// Lint: TypeScript's recommended rules, plus Lit, web-component and Lit accessibility rules
// (STYLE.md §13). Zero warnings allowed; `unsafeHTML` is banned outright.
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench/.tmp/**', 'custom-elements.json'] },
  {
    files: ['src/**/*.ts'],
    extends: [tseslint.configs.recommended],
    plugins: { lit, wc, 'lit-a11y': litA11y },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Feed text is text: never render it as HTML.' }] },
      ],
      // `role="list"` on a list styled without bullets is deliberate: WebKit drops the list
      // semantics of such lists, and VoiceOver users lose "list, 5 items".
      'lit-a11y/no-redundant-role': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
