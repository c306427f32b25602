/**
 * A tiny OAuth proxy for Decap CMS's `github` backend, for hosts without one of their own
 * (Cloudflare Pages, GitHub Pages, any server). GitHub's OAuth needs a server-side step that
 * holds the client secret; this is that step and nothing more. It speaks Decap's popup
 * protocol: `/auth` sends the editor to GitHub with a random `state` (kept in a short-lived,
 * HttpOnly cookie), `/callback` checks that state, exchanges the code for a token, and hands
 * the token to the admin page by `postMessage`, only to the site's own origin.
 *
 * One web-standard handler (`Request` → `Response`), wrapped for a Cloudflare Worker
 * (`cloudflare-worker.ts`) and a Netlify Function (`netlify/oauth.ts`). README, "Editors sign in".
 */
import { jsonForScript } from '../../src/core/json-script';

/** What the proxy needs; the secret only ever lives in the worker's or function's settings. */
export interface OAuthConfig {
	/** The GitHub OAuth App's client id. */
	clientId: string;
	/** The GitHub OAuth App's client secret. */
	clientSecret: string;
	/** The help centre's origin (`https://help.example.com`): the only page the token is posted to. */
	siteOrigin: string;
	/** GitHub, or a GitHub Enterprise server (`https://github.example.com`). */
	githubOrigin?: string;
	/** `fetch`, replaceable in tests. */
	fetch?: typeof fetch;
}

/** The cookie holding the state between `/auth` and `/callback` (`__Host-`: this host only, secure, path `/`). */
export const STATE_COOKIE = '__Host-bayan-oauth-state';
/** Scopes Decap's github backend asks for; anything else is refused rather than passed on. */
const SCOPES = new Set(['repo', 'public_repo', 'repo,user', 'public_repo,user']);

/** Reads and checks the configuration from environment variables, naming any that is wrong. */
export function configFromEnv(env: Record<string, string | undefined>): OAuthConfig {
	const missing = ['GITHUB_CLIENT_ID', 'GITHUB_CLIENT_SECRET', 'SITE_ORIGIN'].filter((name) => !env[name]);
	if (missing.length) throw new Error(`OAuth proxy: set ${missing.join(', ')} in the worker's or function's settings`);
	const origin = (name: string, value: string) => {
		let url: URL;
		try {
			url = new URL(value);
		} catch (cause) {
			throw new Error(`OAuth proxy: ${name}="${value}" is not an absolute URL`, { cause });
		}
		if (url.protocol !== 'https:' || url.origin !== value.replace(/\/+$/, '')) throw new Error(`OAuth proxy: ${name}="${value}" must be an https origin such as https://help.example.com`);
		return url.origin;
	};
	return {
		clientId: env.GITHUB_CLIENT_ID!,
		clientSecret: env.GITHUB_CLIENT_SECRET!,
		siteOrigin: origin('SITE_ORIGIN', env.SITE_ORIGIN!),
		githubOrigin: env.GITHUB_ORIGIN ? origin('GITHUB_ORIGIN', env.GITHUB_ORIGIN) : undefined,
	};
}

function randomState(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(32));
	return btoa(String.fromCharCode(...bytes))
		.replace(/\+/g, '-')
		.replace(/\//g, '_')
		.replace(/=+$/, '');
}

function cookieValue(request: Request, name: string): string | undefined {
	for (const part of (request.headers.get('Cookie') ?? '').split(';')) {
		const [key, ...value] = part.trim().split('=');
		if (key === name) return value.join('=');
	}
	return undefined;
}

/** Compares two strings in time independent of where they differ (the state is a secret of the browser). */
function sameSecret(a: string, b: string): boolean {
	if (a.length !== b.length) return false;
	let difference = 0;
	for (let index = 0; index < a.length; index++) difference |= a.charCodeAt(index) ^ b.charCodeAt(index);
	return difference === 0;
}

const text = (status: number, body: string, headers: Record<string, string> = {}) =>
	new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers } });

/**
 * The page `/callback` answers with: Decap's handshake. It announces itself to the opener
 * (`authorizing:github`), and only when the opener answers from the site's origin does it
 * post the result there; the token is never posted with a wildcard target.
 */
export function handshakeScript(siteOrigin: string, message: string): string {
	return `(()=>{const o=${jsonForScript(siteOrigin)},m=${jsonForScript(message)};if(!window.opener)return;window.addEventListener('message',(e)=>{if(e.origin!==o)return;window.opener.postMessage(m,o)},false);window.opener.postMessage('authorizing:github',o)})()`;
}

async function sha256Base64(source: string): Promise<string> {
	const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(source)));
	return btoa(String.fromCharCode(...digest));
}

async function handshakePage(config: OAuthConfig, status: 'success' | 'error', content: Record<string, string>, clearState: string): Promise<Response> {
	const script = handshakeScript(config.siteOrigin, `authorization:github:${status}:${JSON.stringify(content)}`);
	const body = `<!DOCTYPE html><html lang="en"><meta charset="utf-8"><title>Signing in</title><p>${status === 'success' ? 'Signed in. This window closes by itself.' : 'Sign-in failed. Close this window and try again.'}</p><script>${script}</script></html>`;
	return new Response(body, {
		status: status === 'success' ? 200 : 400,
		headers: {
			'Content-Type': 'text/html; charset=utf-8',
			'Cache-Control': 'no-store',
			'Content-Security-Policy': `default-src 'none'; script-src 'sha256-${await sha256Base64(script)}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
			'Referrer-Policy': 'no-referrer',
			'X-Content-Type-Options': 'nosniff',
			'Set-Cookie': clearState,
		},
	});
}

/**
 * The proxy: `GET …/auth?provider=github&scope=repo` and `GET …/callback?code=…&state=…`
 * (matched on the last path segment, so it can live under any prefix, e.g. `/oauth/auth`).
 */
export function createOAuthHandler(config: OAuthConfig): (request: Request) => Promise<Response> {
	const github = config.githubOrigin ?? 'https://github.com';
	const fetcher = config.fetch ?? fetch;
	return async (request) => {
		if (request.method !== 'GET') return text(405, 'Method not allowed', { Allow: 'GET' });
		const url = new URL(request.url);
		const callbackUrl = new URL(url.pathname.replace(/\/auth$/, '/callback'), url.origin).href;
		const clearState = `${STATE_COOKIE}=; Path=/; Secure; HttpOnly; SameSite=Lax; Max-Age=0`;

		if (url.pathname.endsWith('/auth')) {
			const provider = url.searchParams.get('provider') ?? 'github';
			const scope = url.searchParams.get('scope') ?? 'repo';
			if (provider !== 'github') return text(400, `This proxy signs in to GitHub only, not ${JSON.stringify(provider)}`);
			if (!SCOPES.has(scope)) return text(400, `Refusing the scope ${JSON.stringify(scope)}`);
			const state = randomState();
			const authorize = new URL('/login/oauth/authorize', github);
			authorize.search = new URLSearchParams({ client_id: config.clientId, redirect_uri: callbackUrl, scope, state }).toString();
			return new Response(null, {
				status: 302,
				headers: {
					Location: authorize.href,
					'Cache-Control': 'no-store',
					// Lax: the cookie must come back on GitHub's top-level redirect to /callback.
					'Set-Cookie': `${STATE_COOKIE}=${state}; Path=/; Secure; HttpOnly; SameSite=Lax; Max-Age=600`,
				},
			});
		}

		if (url.pathname.endsWith('/callback')) {
			const state = url.searchParams.get('state') ?? '';
			const expected = cookieValue(request, STATE_COOKIE) ?? '';
			// No token exchange without the state this browser was given: a forged callback gets nothing.
			if (!state || !expected || !sameSecret(state, expected)) return text(403, 'The sign-in could not be verified (state mismatch); start again from /admin/.', { 'Set-Cookie': clearState });
			const code = url.searchParams.get('code');
			if (!code) return handshakePage(config, 'error', { message: url.searchParams.get('error_description') ?? 'GitHub returned no code' }, clearState);
			let token: unknown;
			let problem: string | undefined;
			try {
				const response = await fetcher(new URL('/login/oauth/access_token', github).href, {
					method: 'POST',
					headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
					body: JSON.stringify({ client_id: config.clientId, client_secret: config.clientSecret, code, redirect_uri: callbackUrl }),
				});
				const data = (await response.json()) as { access_token?: unknown; error?: unknown; error_description?: unknown };
				token = data.access_token;
				if (!response.ok || typeof token !== 'string' || !token) problem = String(data.error_description ?? data.error ?? `GitHub answered HTTP ${response.status}`);
			} catch (cause) {
				problem = `GitHub could not be reached (${cause instanceof Error ? cause.message : String(cause)})`;
			}
			if (problem) return handshakePage(config, 'error', { message: problem }, clearState);
			return handshakePage(config, 'success', { token: token as string, provider: 'github' }, clearState);
		}

		return text(404, 'Not found: this proxy answers /auth and /callback');
	};
}
