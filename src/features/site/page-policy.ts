import { metaPolicy } from './deploy';
import { contentSecurityPolicy, scriptHash } from './security-headers';

/**
 * A page's own `<meta>` Content-Security-Policy: the site's policy allowing exactly that
 * page's inline scripts (by their `'sha256-…'` sources), less the directives a `<meta>`
 * cannot carry. One rule for the page step after a build
 * (src/features/site/security-headers-integration.ts) and for the pages Astro writes with
 * their policy already in (./page-policy-middleware.ts), which that step then checks.
 */
export function pageMetaPolicy(scriptHashes: readonly string[], connectSources: readonly string[] | undefined): string {
	return metaPolicy(contentSecurityPolicy({ scriptHashes, connectSources: connectSources ? [...connectSources] : undefined }));
}

/**
 * `scriptHash` that hashes each script text once: most pages run the same few scripts. One
 * per build, for the page step and the middleware alike.
 */
export function scriptHasher(): (script: string) => string {
	const hashes = new Map<string, string>();
	return (script) => {
		let hash = hashes.get(script);
		if (hash === undefined) hashes.set(script, (hash = scriptHash(script)));
		return hash;
	};
}

/**
 * The file a prerendered page is written to, relative to the output folder and
 * `/`-separated, as the page step names it (`build.format: 'directory'`): `/fa/articles/x/`
 * is `fa/articles/x/index.html`, `/404.html` is `404.html`; `base` (Astro's `BASE_URL`) is
 * taken off first, so `/help/admin/` under base `/help/` is `admin/index.html`. Only used to
 * tell which pages get a policy (`isHashedPage`: never the CMS); Astro's own name for a file
 * may differ (`/404/` is written as `404.html`), which the page step reads all the same.
 * Undefined for a path outside `base`, whose first segment is not plain, or that does not map to
 * one HTML file this way: the page step then handles that page alone.
 */
export function builtPageFile(pathname: string, base = '/'): string | undefined {
	const root = base.endsWith('/') ? base : `${base}/`;
	if (!pathname.startsWith(root) || /\.\.|\\|\/\//.test(pathname)) return undefined;
	const path = pathname.slice(root.length);
	// The first segment, which decides the CMS (`admin/`), only in the plain form every route of the
	// site has there: another spelling could name its folder another way (`/ADMIN/` on a
	// case-insensitive disk, `/%61dmin/`) and is left to the page step. Deeper segments may be
	// escaped (slugs in Persian or Arabic script).
	if (!/^[a-z0-9._-]*$/.test(path.split('/')[0]!)) return undefined;
	if (path === '' || path.endsWith('/')) return `${path}index.html`;
	return path.endsWith('.html') ? path : undefined;
}

/** What the page step hands to the middleware of the same build (same process). */
export interface PagePolicySettings {
	/** Origins besides the site's own that pages may send to (`connect-src`), as the page step has them. */
	connectSources: readonly string[] | undefined;
}

const SETTINGS = Symbol.for('bayan.page-policy.settings');

/**
 * Tells the middleware of this build which policy to write (the page step's own settings),
 * so the two cannot disagree. Without a call (a dev server, the notices fast path), or after
 * one with `undefined`, the middleware writes nothing.
 */
export function shareWithMiddleware(settings: PagePolicySettings | undefined): void {
	(globalThis as { [SETTINGS]?: PagePolicySettings })[SETTINGS] = settings;
}

/** The settings the page step shared in this process, if any. */
export function sharedSettings(): PagePolicySettings | undefined {
	return (globalThis as { [SETTINGS]?: PagePolicySettings })[SETTINGS];
}
