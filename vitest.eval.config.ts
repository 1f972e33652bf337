import { defineConfig } from "vitest/config";

// LangSmith experiments (evals/*.eval.ts): opt-in, need LANGSMITH_API_KEY. Tracing is switched
// on here (langsmith/vitest records nothing without it), so the key is all the README asks for.
export default defineConfig({
  test: {
    include: ["evals/**/*.eval.ts"],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    reporters: ["default"],
    env: { LANGSMITH_TRACING: process.env.LANGSMITH_TRACING || "true", PSYLLM_DATA_DIR: process.env.PSYLLM_DATA_DIR || ".psyllm" },
  },
});
