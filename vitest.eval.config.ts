import { defineConfig } from "vitest/config";

// LangSmith experiments (evals/*.eval.ts): opt-in, need LANGSMITH_API_KEY.
export default defineConfig({
  test: {
    include: ["evals/**/*.eval.ts"],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    reporters: ["default"],
  },
});
