import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

/** Globals the pure policy core must never touch: time comes in as a Clock, I/O via adapters. */
const impureGlobals = ["Office", "fetch", "window", "document", "navigator", "performance", "localStorage", "sessionStorage", "setTimeout", "setInterval", "XMLHttpRequest", "process"].map(
  (name) => ({ name, message: "src/policy is pure: pass this in from an adapter." }),
);

/** Web APIs that classic Outlook's JavaScript-only runtime (events.js: the compose guard and all it imports) does not have. */
const notInJavaScriptOnlyRuntime = [
  { name: "structuredClone", message: "events.js runs in classic Outlook's JavaScript-only runtime, which has no structuredClone: copy plain data with JSON or spreads." },
];

/** Everywhere (repeated where a block adds its own: a later block's rule replaces the earlier one). */
const sharedSyntaxRules = [
  { selector: "ExportAllDeclaration", message: "Name what a module exports; no `export *`." },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "Never inject HTML: mail content is hostile." },
];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", ".data/**", "test-results/**", ".prof/**", ".cache/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": ["error", ...sharedSyntaxRules],
    },
  },
  {
    files: ["src/**/*.tsx", "dev/harness/**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ["src/policy/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", ...impureGlobals, ...notInJavaScriptOnlyRuntime],
      "no-restricted-properties": [
        "error",
        { object: "Date", property: "now", message: "src/policy is pure: take the time as an argument (Clock)." },
        { object: "Math", property: "random", message: "src/policy is pure: the same input gives the same answer." },
      ],
      "no-restricted-syntax": [
        "error",
        ...sharedSyntaxRules,
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "src/policy is pure: take the time as an argument (Clock), not new Date()." },
      ],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-dom", "@fluentui/*"], message: "src/policy is UI-free." },
            { group: ["@microsoft/*", "@azure/*"], message: "src/policy does no I/O." },
            { group: ["**/store/**", "**/graph/**", "**/outlook/**", "**/taskpane/**", "**/events/**", "**/flagger/**"], message: "Dependencies point inwards: adapters import policy, never the reverse." },
            { group: ["node:*", "fs", "path", "http", "https"], message: "src/policy does no I/O." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-globals": ["error", { name: "Office", message: "UI components do not touch Office.*; src/outlook does." }, { name: "fetch", message: "UI components do not fetch; use the store." }],
    },
  },
  {
    files: ["src/app/compose/**/*.ts", "src/store/sharepoint/**/*.ts", "src/graph/**/*.ts", "src/outlook/office/**/*.ts", "src/config.ts"],
    rules: {
      "no-restricted-globals": ["error", ...notInJavaScriptOnlyRuntime],
    },
  },
  {
    files: ["src/store/**/*.ts", "src/events/**/*.ts", "src/flagger/**/*.ts"],
    ignores: ["src/store/sharepoint/**"],
    rules: {
      "no-restricted-globals": ["error", { name: "fetch", message: "Graph is spoken by src/graph, src/mail and src/store/sharepoint, not here." }],
    },
  },
  {
    files: ["src/events/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", { name: "fetch", message: "Graph is spoken by src/graph, src/mail and src/store/sharepoint, not here." }, ...notInJavaScriptOnlyRuntime],
    },
  },
);
