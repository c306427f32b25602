import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// Build-level tests run a real `astro build` on fixtures; give them room on a 2-core machine.
		testTimeout: 20_000,
		env: { TZ: 'UTC' },
	},
});
