import type { AstroIntegration } from 'astro';

/**
 * Collects the build's garbage at the two points where one step's leftovers are largest and
 * the next step is about to start: after bundling (before pages are generated) and after
 * generation (before the steps that read every built page: sitemap, headers, search).
 *
 * Bundling leaves hundreds of megabytes of large strings and arrays behind (chunk code, the
 * content store's serialised text and what parsed it) that nothing refers to any more, and
 * V8 sizes its next collection from the live heap of its last one. Without a collection here,
 * at 3,000 articles/locale a warm rebuild's Astro process kept growing through
 * `getStaticPaths` to a peak of 1,197 MB, 326 MB of it large objects, and fell to 677 MB the
 * moment V8 finally collected; with it the same rebuild peaked at 847 MB (during bundling).
 * A full collection costs well under a second and does not change what is built.
 *
 * `global.gc` exists only when Node runs with `--expose-gc`, which `npm run build`
 * (scripts/build.mjs) passes; run otherwise (`astro build`), the build is the same and
 * only its peak is left to V8.
 */
export function collectGarbage(): AstroIntegration {
	const collect = (): void => (globalThis as { gc?: () => void }).gc?.();
	return {
		name: 'bayan:collect-garbage',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'bayan:collect-garbage',
								// After every environment is bundled, before Astro's own `buildApp` step
								// (enforced last) generates the pages.
								buildApp: { order: 'post', handler: async () => collect() },
							},
						],
					},
				});
			},
			// Listed before the integrations that read the built pages, so this hook runs first.
			'astro:build:done': collect,
		},
	};
}
