import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import worker from '../../deploy/oauth/cloudflare-worker';
import { configFromEnv, createOAuthHandler, handshakeScript, STATE_COOKIE } from '../../deploy/oauth/oauth';

const site = 'https://help.example.com';
const proxy = 'https://auth.example.com';

/** A fake GitHub token endpoint: records what it was sent, answers a token for the one good code. */
function fakeGitHub() {
	const calls: { url: string; body: Record<string, string> }[] = [];
	const fetcher = (async (input: string | URL | Request, init?: RequestInit) => {
		const body = JSON.parse(String(init?.body)) as Record<string, string>;
		calls.push({ url: String(input), body });
		if (body.code === 'good-code' && body.client_secret === 'the-secret') return Response.json({ access_token: 'gho_token', token_type: 'bearer', scope: 'repo' });
		return Response.json({ error: 'bad_verification_code', error_description: 'The code passed is incorrect or expired.' });
	}) as typeof fetch;
	return { calls, handler: createOAuthHandler({ clientId: 'the-client', clientSecret: 'the-secret', siteOrigin: site, fetch: fetcher }) };
}

/** Starts a sign-in: the redirect to GitHub and the state cookie it set. */
async function start(handler: (request: Request) => Promise<Response>) {
	const response = await handler(new Request(`${proxy}/auth?provider=github&site_id=help.example.com&scope=repo`));
	const location = new URL(response.headers.get('Location')!);
	const cookie = response.headers.get('Set-Cookie')!;
	return { response, location, cookie, state: location.searchParams.get('state')! };
}

const callback = (handler: (request: Request) => Promise<Response>, query: string, cookie?: string) =>
	handler(new Request(`${proxy}/callback?${query}`, { headers: cookie ? { Cookie: cookie } : {} }));

describe('the OAuth proxy for editors (Cloudflare Worker / Netlify Function)', () => {
	it('/auth sends the editor to GitHub with the app, the callback, the scope and a fresh random state kept in a secure cookie', async () => {
		const { handler } = fakeGitHub();
		const { response, location, cookie, state } = await start(handler);
		expect(response.status).toBe(302);
		expect(location.origin + location.pathname).toBe('https://github.com/login/oauth/authorize');
		expect(Object.fromEntries(location.searchParams)).toMatchObject({ client_id: 'the-client', redirect_uri: `${proxy}/callback`, scope: 'repo' });
		expect(state).toMatch(/^[\w-]{43}$/);
		expect(cookie).toBe(`${STATE_COOKIE}=${state}; Path=/; Secure; HttpOnly; SameSite=Lax; Max-Age=600`);
		expect((await start(handler)).state).not.toBe(state);
		expect((await handler(new Request(`${proxy}/auth?provider=gitlab`))).status).toBe(400);
		expect((await handler(new Request(`${proxy}/auth?provider=github&scope=admin:org`))).status).toBe(400);
	});

	it('/callback without the state this browser was given gets nothing, and GitHub is not even asked', async () => {
		const { handler, calls } = fakeGitHub();
		const { state } = await start(handler);
		expect((await callback(handler, `code=good-code&state=${state}`)).status).toBe(403);
		expect((await callback(handler, `code=good-code&state=${state}`, `${STATE_COOKIE}=other`)).status).toBe(403);
		expect((await callback(handler, 'code=good-code', `${STATE_COOKIE}=${state}`)).status).toBe(403);
		expect(calls).toEqual([]);
	});

	it('/callback exchanges the code for a token and posts it only to the site, in a page whose CSP allows just that script', async () => {
		const { handler, calls } = fakeGitHub();
		const { state, cookie } = await start(handler);
		const response = await callback(handler, `code=good-code&state=${state}`, cookie.split(';')[0]);
		expect(response.status).toBe(200);
		expect(calls).toEqual([
			{ url: 'https://github.com/login/oauth/access_token', body: { client_id: 'the-client', client_secret: 'the-secret', code: 'good-code', redirect_uri: `${proxy}/callback` } },
		]);
		const html = await response.text();
		expect(html).not.toContain('the-secret');
		const script = /<script>([\s\S]*)<\/script>/.exec(html)![1]!;
		expect(script).toBe(handshakeScript(site, 'authorization:github:success:{"token":"gho_token","provider":"github"}'));
		const hash = createHash('sha256').update(script).digest('base64');
		expect(response.headers.get('Content-Security-Policy')).toBe(`default-src 'none'; script-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`);
		expect(response.headers.get('Cache-Control')).toBe('no-store');
		expect(response.headers.get('Set-Cookie')).toContain(`${STATE_COOKIE}=; `);
		expect(response.headers.get('Set-Cookie')).toContain('Max-Age=0');
	});

	it('the handshake gives the token to the opener only after it answers from the site origin, never with a wildcard', () => {
		const posted: [unknown, string][] = [];
		const listeners: ((event: { origin: string }) => void)[] = [];
		const window = {
			opener: { postMessage: (message: unknown, target: string) => posted.push([message, target]) },
			addEventListener: (_: string, listener: (event: { origin: string }) => void) => listeners.push(listener),
		};
		new Function('window', handshakeScript(site, 'authorization:github:success:{"token":"t"}'))(window);
		expect(posted).toEqual([['authorizing:github', site]]);
		listeners[0]!({ origin: 'https://evil.example' });
		expect(posted).toHaveLength(1);
		listeners[0]!({ origin: site });
		expect(posted).toEqual([
			['authorizing:github', site],
			['authorization:github:success:{"token":"t"}', site],
		]);
		// A message cannot end the script element it is printed in.
		expect(handshakeScript(site, '</script><script>alert(1)</script>')).not.toMatch(/<\/script/i);
	});

	it('a refused code is reported to the admin as an error, with no token', async () => {
		const { handler } = fakeGitHub();
		const { state, cookie } = await start(handler);
		const response = await callback(handler, `code=stale&state=${state}`, cookie.split(';')[0]);
		expect(response.status).toBe(400);
		const html = await response.text();
		expect(html).toContain('authorization:github:error:');
		expect(html).toContain('The code passed is incorrect or expired.');
		expect(html).not.toContain('token');
	});

	it('reads its settings from the environment, naming what is missing or wrong; the worker entry uses them', async () => {
		expect(() => configFromEnv({ GITHUB_CLIENT_ID: 'a' })).toThrow('OAuth proxy: set GITHUB_CLIENT_SECRET, SITE_ORIGIN');
		expect(() => configFromEnv({ GITHUB_CLIENT_ID: 'a', GITHUB_CLIENT_SECRET: 'b', SITE_ORIGIN: 'http://help.example.com' })).toThrow(/must be an https origin/);
		expect(() => configFromEnv({ GITHUB_CLIENT_ID: 'a', GITHUB_CLIENT_SECRET: 'b', SITE_ORIGIN: 'https://help.example.com/admin/' })).toThrow(/must be an https origin/);
		expect(configFromEnv({ GITHUB_CLIENT_ID: 'a', GITHUB_CLIENT_SECRET: 'b', SITE_ORIGIN: 'https://help.example.com/' }).siteOrigin).toBe(site);
		const response = await worker.fetch(new Request(`${proxy}/auth`), { GITHUB_CLIENT_ID: 'a', GITHUB_CLIENT_SECRET: 'b', SITE_ORIGIN: site });
		expect(new URL(response.headers.get('Location')!).searchParams.get('client_id')).toBe('a');
		expect((await worker.fetch(new Request(`${proxy}/other`), { GITHUB_CLIENT_ID: 'a', GITHUB_CLIENT_SECRET: 'b', SITE_ORIGIN: site })).status).toBe(404);
	});
});
