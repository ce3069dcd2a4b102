import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const FIXTURES = { group: ["@/demo/factories", "**/demo/factories"], message: "src/demo/factories.ts is for the seed and the tests only." };

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
    // Seed and test fixtures write rows directly, past the domain's rules: the product never imports them.
    files: ["app/**/*.{ts,tsx}", "src/{config,data,features,server}/**/*.{ts,tsx}", "proxy.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [FIXTURES] }],
    },
  },
  {
    // The domain layer never depends on the web framework (docs/contract/DESIGN.md: Layers).
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["next", "next/*", "react", "react-dom", "@/app/*", "@/features/*"], message: "The domain layer must not import UI or Next.js code." },
            { group: ["**/generated/*", "@prisma/*"], message: "Only src/data/ talks to Prisma." },
            FIXTURES,
          ],
        },
      ],
    },
  },
];

export default config;
