import { defineConfig } from 'vitest/config';

/**
 * Two suites (see README, Quality bars): `unit` runs in process, in milliseconds per case
 * (`npm run test:unit`); `build` runs the few real `npm run build`s on the tiny fixture site
 * (`npm run test:build`). `npx vitest run <file>` runs one file of either.
 */
// The unit files run in worker threads, which share this process's time zone: a project's
// \`env: { TZ }\` reaches a thread's \`process.env\` but not its clock (a test run from a shell in
// Tehran saw -210 minutes). Set here, before any worker starts, it holds for every file.
process.env.TZ = 'UTC';

export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					environment: 'node',
					env: { TZ: 'UTC' },
					// Worker threads, not child processes: each file still gets a fresh module graph, but
					// starting a thread and loading the modules in it costs far less than a process (on this
					// machine, the same run: 106 s of CPU with forks, 67 s with threads). No unit test needs a
					// process of its own (none changes directory or exits).
					pool: 'threads',
					// Both cores: Vitest's default outside watch mode is one worker fewer than the CPUs, which
					// on the 2-core CI machine ran every unit file on one thread while the other core idled
					// (the main process only collects results).
					maxWorkers: 2,
					// In process, but on a 2-core machine shared by other work a file's first import or an
					// Open Graph drawing can stall for tens of seconds: a generous limit, not a speed check
					// (speed is measured by `npm run bench`).
					testTimeout: 60_000,
					hookTimeout: 60_000,
				},
			},
			{
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					environment: 'node',
					env: { TZ: 'UTC' },
					// Each file runs `astro build`s, mostly on one thread: two files at a time use both
					// cores of the CI machine (measured on it: 317 s one file at a time, 252 s two at a time).
					maxWorkers: 2,
					// One scratch folder per run, in which the shared tiny-site build is made once for
					// the files that read it (tests/support/shared-site.ts).
					globalSetup: ['tests/support/build-run.ts'],
					testTimeout: 300_000,
					hookTimeout: 300_000,
				},
			},
		],
	},
});
