import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Tests spawn real processes, git and loopback servers; each must end by itself.
    testTimeout: 90_000,
    hookTimeout: 30_000,
    pool: "forks",
  },
});
