// Vitest configuration used by `npm run bench` to time Open Graph rendering through the real
// TypeScript modules (Vitest compiles them; the bench script itself is plain Node).
import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { include: ['scripts/bench-og.bench-test.ts'], testTimeout: 600_000 } });
