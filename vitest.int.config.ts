import { defineConfig } from "vitest/config";

// Opt-in tier: real model endpoints named by environment variables (see test/llm/*.int.test.ts).
export default defineConfig({
  test: {
    include: ["test/**/*.int.test.ts"],
    testTimeout: 180_000,
    hookTimeout: 60_000,
    pool: "forks",
    env: { PSYLLM_DATA_DIR: ".psyllm" },
  },
});
