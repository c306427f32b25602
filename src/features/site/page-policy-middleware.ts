import type { MiddlewareHandler } from 'astro';
import { builtPageFile, pageMetaPolicy, scriptHasher, sharedSettings, type PagePolicySettings } from './page-policy';
import { PageScriptReader } from './page-scripts';
import { isHashedPage } from './security-headers';

/**
 * Writes each page's `<meta>` Content-Security-Policy while Astro renders it, so the page is
 * written once, with its policy, instead of being written by Astro and then read, changed and
 * written again (with Astro's cached copy) by the page step after the build. That rewrite was
 * the build's fastest-growing step: 4 s at 1,000 articles per locale, 54–68 s at 5,000, most
 * of it in the kernel truncating pages that had just been written (README, Benchmark).
 *
 * The page step (src/features/site/security-headers-integration.ts) still reads every page
 * and decides: a page whose policy is the one it needs is kept as it is, any other is written
 * again. So this is only where the work happens, not who decides: a page this middleware
 * cannot read, or one whose policy the page step would not recognise as its own, is passed
 * through unchanged for the page step to handle. Registered by the page step for
 * `astro build` only.
 */

// One reader per build, as the page step keeps one: it remembers the scripts its full parse found.
const reader = new PageScriptReader();
const hashOf = scriptHasher();

export const onRequest: MiddlewareHandler = async (context, next) => {
	const response = await next();
	const settings = sharedSettings();
	if (!settings || !context.isPrerendered) return response;
	const file = builtPageFile(context.url.pathname, import.meta.env.BASE_URL);
	if (!file || !isHashedPage(file) || !/^text\/html\b/i.test(response.headers.get('content-type') ?? '')) return response;
	const page = Buffer.from(await response.arrayBuffer());
	const written = withOwnPolicy(page, settings) ?? page;
	const headers = new Headers(response.headers);
	// The page is longer now: a length set for the rendered one would cut it short.
	headers.delete('content-length');
	// A view, not a copy (a Buffer's memory is a plain ArrayBuffer, never a shared one).
	const body = new Uint8Array(written.buffer as ArrayBuffer, written.byteOffset, written.byteLength);
	return new Response(body, { status: response.status, statusText: response.statusText, headers });
};

/**
 * The page with its policy, or `undefined` to pass it through as rendered: when the reader
 * refuses it (the page step reads it again and stops the build, naming the file), or when the
 * page step would not recognise the policy as the one it writes (it accepts it only right
 * after a plain opening, see `PageScriptReader.readBuilt`) and would then refuse the page
 * for carrying a policy of its own.
 */
function withOwnPolicy(page: Buffer, settings: PagePolicySettings): Buffer | undefined {
	try {
		const read = reader.read(page);
		const policy = pageMetaPolicy(read.scripts.map(hashOf), settings.connectSources);
		const written = read.withPolicy(policy);
		return reader.readBuilt(written).previousPolicy === policy ? written : undefined;
	} catch {
		return undefined;
	}
}
