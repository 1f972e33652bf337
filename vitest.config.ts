import { defineConfig } from "vitest/config";

// Offline tier only: *.int.test.ts needs a real endpoint (opt-in), *.eval.ts runs under `npm run eval`.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/**/*.int.test.ts", "node_modules/**"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Library calls default to the per-user data folder; tests keep theirs in the checkout.
    env: { PSYLLM_DATA_DIR: ".psyllm" },
  },
});
