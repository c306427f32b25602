/**
 * What a build produces: everything (`all`, the default), or with `npm run build -- --only
 * notices` only the notice and status outputs (`notices`), which scripts/build.mjs then
 * merges into the last good `dist/` (scripts/lib/fast-path.mjs). The build script passes
 * the choice to Astro in `BAYAN_BUILD_SCOPE`; pages outside the scope list no paths and the
 * whole-site integrations (search index, redirects, sitemap, CMS bundle) do not run, so a
 * crisis notice does not wait for thousands of article pages.
 */

/** Name of the environment variable scripts/build.mjs sets from `--only`. */
export const BUILD_SCOPE_VARIABLE = 'BAYAN_BUILD_SCOPE';

/** The scopes a build can have. */
export const buildScopes = ['all', 'notices'] as const;

/** A build's scope. */
export type BuildScope = (typeof buildScopes)[number];

/** The scope of this build; an unknown value stops the build, naming the variable. */
export function buildScope(env: Record<string, string | undefined> = process.env): BuildScope {
	const value = env[BUILD_SCOPE_VARIABLE] || 'all';
	if (!(buildScopes as readonly string[]).includes(value)) {
		throw new Error(`${BUILD_SCOPE_VARIABLE}="${value}" is not a build scope; use one of: ${buildScopes.join(', ')}`);
	}
	return value as BuildScope;
}

/** True in a full build: pages and integrations outside notices and status produce their output. */
export const buildsWholeSite = (env: Record<string, string | undefined> = process.env): boolean => buildScope(env) === 'all';
