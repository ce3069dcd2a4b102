import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", "src/data/generated/**", "test-results/**", "playwright-report/**", "data/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    // The domain layer never depends on the web framework (DESIGN.md: Layers).
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [
        { group: ["next", "next/*", "react", "react-dom", "@/app/*", "@/features/*"], message: "The domain layer must not import UI or Next.js code." },
        { group: ["**/generated/*", "@prisma/*"], message: "Only src/data/ talks to Prisma." },
      ] }],
    },
  },
];

export default config;
