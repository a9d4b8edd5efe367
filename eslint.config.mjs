// ESLint: typescript-eslint's type-checked recommendations over the whole tree. `npm run lint`.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["cdktf.out/**", "cdktf.out.partial/**", "dist/**", "node_modules/**", "**/*.js", "**/*.cjs", "**/*.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Unused names start with an underscore where a pattern needs them (destructuring away a key).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  {
    // Tests read synthesized Terraform JSON, which is untyped by nature.
    files: ["test/**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      // jest-light-runner (jest.config.js) does not check these counts: a test using them would pass unchecked.
      "no-restricted-properties": [
        "error",
        { object: "expect", property: "assertions", message: "jest-light-runner does not check it" },
        { object: "expect", property: "hasAssertions", message: "jest-light-runner does not check it" },
      ],
    },
  },
);
