// Two projects: `unit` needs nothing but the code; `db` (integration and
// end-to-end) runs against the real Neo4j that test/setup/global-setup.ts provisions.
const transform = {
  "^.+\\.ts$": [
    "@swc/jest",
    {
      jsc: {
        parser: { syntax: "typescript", decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: "es2022",
      },
      module: { type: "commonjs" },
    },
  ],
};

/** @type {import('jest').Config} */
module.exports = {
  // A cold Neo4j plans each query for the first time, on 2 shared cores: generous, not a benchmark.
  testTimeout: 60_000,
  projects: [
    { displayName: "unit", testEnvironment: "node", transform, testMatch: ["<rootDir>/test/unit/**/*.test.ts"] },
    {
      displayName: "db",
      testEnvironment: "node",
      transform,
      testMatch: ["<rootDir>/test/integration/**/*.test.ts", "<rootDir>/test/e2e/**/*.test.ts", "<rootDir>/test/reliability/**/*.test.ts"],
      globalSetup: "<rootDir>/test/setup/global-setup.ts",
      globalTeardown: "<rootDir>/test/setup/global-teardown.ts",
      setupFiles: ["reflect-metadata"],
    },
  ],
};
