/**
 * The OAuth proxy as a Netlify Function (README, "Editors sign in"), for a site that uses
 * its own GitHub OAuth App rather than Netlify's provider: add
 * `[functions] directory = "deploy/oauth/netlify"` to netlify.toml and set GITHUB_CLIENT_ID,
 * GITHUB_CLIENT_SECRET and SITE_ORIGIN. It answers `/oauth/auth` and `/oauth/callback`.
 */
import { configFromEnv, createOAuthHandler } from '../oauth';

/** Netlify Functions (v2) entry: a web-standard Request in, a Response out. */
export default function handler(request: Request): Promise<Response> {
	return createOAuthHandler(configFromEnv(process.env))(request);
}

/** Where Netlify routes the function. */
export const config = { path: ['/oauth/auth', '/oauth/callback'] };
