// Vitest configuration for scripts/og-split.bench-test.ts (where an Open Graph card's time goes).
import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { include: ['scripts/og-split.bench-test.ts'], testTimeout: 900_000 } });
