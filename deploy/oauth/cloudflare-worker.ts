/**
 * The OAuth proxy as a Cloudflare Worker (README, "Editors sign in"): deploy this file with
 * `npx wrangler deploy deploy/oauth/cloudflare-worker.ts --name bayan-oauth`, then set
 * GITHUB_CLIENT_ID, GITHUB_CLIENT_SECRET (`wrangler secret put`) and SITE_ORIGIN.
 */
import { configFromEnv, createOAuthHandler } from './oauth';

export default {
	/** Cloudflare's module-worker entry: the environment holds the settings. */
	fetch(request: Request, env: Record<string, string | undefined>): Promise<Response> {
		return createOAuthHandler(configFromEnv(env))(request);
	},
};
