import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
	cacheControl,
	cacheRules,
	languagePickerScript,
	languageRedirectLines,
	metaPolicy,
	nginxConfig,
	nginxLanguageMap,
	notFoundLanguageScript,
	withMetaPolicy,
} from '../../src/features/site/deploy';
import { moveServerConfig, serverConfigDirFor } from '../../scripts/lib/server-config.mjs';
import { contentSecurityPolicy, headerRules, matchesPattern } from '../../src/features/site/security-headers';

interface Step {
	run?: string;
	uses?: string;
	if?: string;
	env?: Record<string, string>;
	name?: string;
}
interface Job {
	needs?: string | string[];
	if?: string;
	permissions?: Record<string, string>;
	env?: Record<string, string>;
	steps: Step[];
}

describe('the GitHub workflow', () => {
	const workflow = parse(readFileSync('.github/workflows/build.yml', 'utf8')) as { on: { schedule: { cron: string }[] }; jobs: Record<string, Job> };
	const { jobs } = workflow;
	const runs = (job: Job) => job.steps.map((step) => step.run ?? '').join('\n');

	it('decides, tests, builds, then deploys, in that order', () => {
		expect(runs(jobs.decide!)).toContain('node scripts/deploy-decision.mjs');
		expect(jobs.test!.needs).toBe('decide');
		expect(jobs.test!.if).toBe("needs.decide.outputs.deploy == 'true'");
		expect(runs(jobs.test!)).toContain('npm run test:unit');
		expect(jobs.build!.needs).toBe('test');
		expect(jobs.deploy!.needs).toBe('build');
	});

	it('builds for production, and reports a failed build to editors with a commit status', () => {
		const build = jobs.build!;
		// biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, read back from the workflow
		expect(build.env).toMatchObject({ BAYAN_PRODUCTION: '1', DECAP_REPO: '${{ vars.DECAP_REPO || github.repository }}' });
		expect(build.permissions).toMatchObject({ statuses: 'write' });
		const report = build.steps.find((step) => step.run?.includes('build-report.mjs'))!;
		expect(report.if).toBe('failure()');
		expect(report.run).toBe('node scripts/build-report.mjs build.log');
		// The log the report reads is the build's own, and the step still fails with the build.
		// biome-ignore lint/suspicious/noTemplateCurlyInString: a shell expression, read back from the workflow
		expect(runs(build)).toContain('node scripts/deploy-build.mjs 2>&1 | tee build.log; exit "${PIPESTATUS[0]}"');
	});

	it('keeps the schedule alive once a day, on its own cron', () => {
		const crons = workflow.on.schedule.map((entry) => entry.cron);
		expect(crons).toContain('*/15 * * * *');
		const keepalive = jobs.keepalive!;
		const daily = crons.find((cron) => keepalive.if?.includes(`'${cron}'`));
		expect(daily).toMatch(/^\d+ \d+ \* \* \*$/);
		expect(keepalive.permissions).toEqual({ actions: 'write' });
		expect(runs(keepalive)).toContain('actions/workflows/build.yml/enable');
	});
});

describe('netlify.toml', () => {
	const toml = readFileSync('netlify.toml', 'utf8');
	const value = (key: string) => new RegExp(`^\\s*${key}\\s*=\\s*"([^"]*)"`, 'm').exec(toml)?.[1];

	it('builds with npm install and npm run build, publishes dist/, on the Node the project needs', () => {
		expect(value('command')).toBe('npm install --no-audit --no-fund && npm run build');
		expect(value('publish')).toBe('dist');
		const nodeMajor = /\d+/.exec((JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> }).devDependencies.node!)![0];
		expect(value('NODE_VERSION')).toBe(nodeMajor);
		expect(value('BAYAN_PRODUCTION')).toBe('1');
	});
});

describe('deploy outputs, in process', () => {
	const topLevel = [
		{ name: '_astro', directory: true },
		{ name: 'fa', directory: true },
		{ name: 'pagefind', directory: true },
		{ name: 'api', directory: true },
		{ name: 'admin', directory: true },
		{ name: 'favicon.svg', directory: false },
		{ name: '_headers', directory: false },
	];

	it('gives each path one Cache-Control rule', () => {
		const rules = cacheRules(topLevel);
		for (const path of ['/', '/_astro/a.js', '/fa/', '/fa/notices/rss.xml', '/pagefind/x.pf_fragment', '/api/v2/summary.json', '/admin/', '/favicon.svg']) {
			expect(
				rules.filter((rule) => matchesPattern(rule.path, path)),
				path,
			).toHaveLength(1);
		}
		expect(rules.find((rule) => rule.path === '/_astro/*')!.headers['Cache-Control']).toBe(cacheControl.hashed);
		expect(rules.some((rule) => rule.path === '/_headers')).toBe(false);
	});

	it('writes a <meta> policy without the directives a meta element cannot carry, right after the charset', () => {
		const policy = metaPolicy(contentSecurityPolicy({ scriptHashes: ["'sha256-x'"] }));
		expect(policy).not.toMatch(/frame-ancestors|report-uri|sandbox/);
		expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-x'");
		const page = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body></body></html>';
		expect(withMetaPolicy(page, policy)).toBe(
			`<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${policy}"><title>t</title></head><body></body></html>`,
		);
		expect(() => withMetaPolicy(withMetaPolicy(page, policy), policy)).toThrow(/already has/);
	});

	it('picks the language of "/" and of a lost visitor in the browser', () => {
		const pick = (languages: string[]) => {
			let target = '';
			new Function('navigator', 'location', languagePickerScript(['fa', 'ar', 'en'], 'fa'))({ languages }, { replace: (to: string) => (target = to) });
			return target;
		};
		expect(pick(['ar-AE', 'en'])).toBe('/ar/');
		expect(pick(['de', 'en-GB'])).toBe('/en/');
		expect(pick(['de'])).toBe('/fa/');
		const lost = (pathname: string) => {
			let target = '';
			new Function('location', notFoundLanguageScript(['fa', 'ar', 'en'], 'fa'))({ pathname, replace: (to: string) => (target = to) });
			return target;
		};
		expect(lost('/en/gone/')).toBe('/en/404/');
		expect(lost('/fa/gone/')).toBe('');
		expect(lost('/ar/404/')).toBe('');
	});

	it('refuses to write an nginx value or path that could break out of its directive', () => {
		const rules = headerRules('P', 'A', ['/', '/fa/*'], cacheRules(topLevel));
		expect(() => nginxConfig({ headerRules: rules, redirects: [{ from: '/go/1/;', to: '/fa/' }], locales: ['fa'], defaultLocale: 'fa' })).toThrow(/refusing the redirect/);
		expect(() => nginxConfig({ headerRules: [{ path: '/*', headers: { X: 'a"b' } }], redirects: [], locales: ['fa'], defaultLocale: 'fa' })).toThrow(/refusing to write the value/);
		const conf = nginxConfig({ headerRules: rules, redirects: [{ from: '/go/1/', to: '/fa/articles/a/' }], locales: ['fa'], defaultLocale: 'fa' });
		expect(conf).toContain('location = /go/1/ { return 301 /fa/articles/a/; }');
		expect(conf).toContain('error_page 404 /fa/404/index.html;');
	});

	// Found by an adversarial review: each writer validates its own inputs instead of trusting its caller.
	it('refuses an nginx header name or protocol-relative path that would break out or point at another site', () => {
		const ok = { redirects: [], locales: ['fa'], defaultLocale: 'fa' };
		expect(() => nginxConfig({ ...ok, headerRules: [{ path: '/*', headers: { 'X-A always; return 302 //evil.example; #': 'v' } }] })).toThrow(/refusing the header name/);
		expect(() => nginxConfig({ ...ok, headerRules: [{ path: '/*', headers: { 'X-A': 'v\nreturn 302 x' } }] })).toThrow(/refusing to write the value/);
		expect(() => nginxConfig({ ...ok, headerRules: [{ path: '//evil.example/*', headers: { X: 'v' } }] })).toThrow(/refusing the path/);
		expect(() => nginxConfig({ ...ok, headerRules: [], redirects: [{ from: '/go/1/', to: '//evil.example/' }] })).toThrow(/refusing the redirect/);
		expect(() => nginxConfig({ ...ok, headerRules: [], redirects: [{ from: '//evil.example/', to: '/fa/' }] })).toThrow(/refusing the redirect/);
	});

	it('refuses locales that are not language codes, and a default that is not one of them, in every language writer', () => {
		const writers: [string, (locales: string[], defaultLocale: string) => unknown][] = [
			['nginx map', nginxLanguageMap],
			['_redirects', languageRedirectLines],
			['picker', languagePickerScript],
			['404 script', notFoundLanguageScript],
			['nginx', (locales, defaultLocale) => nginxConfig({ headerRules: [], redirects: [], locales, defaultLocale })],
		];
		for (const [name, write] of writers) {
			expect(() => write(['fa', 'en'], 'fa'), name).not.toThrow();
			expect(() => write(['fa', 'en;\n}'], 'fa'), name).toThrow(/is not a language code/);
			expect(() => write(['fa', '</script><script>alert(1)//'], 'fa'), name).toThrow(/is not a language code/);
			expect(() => write(['fa', 'en'], 'de'), name).toThrow(/default locale "de" is not one of/);
			expect(() => write(['fa', 'en'], 'fa; return 302 //evil'), name).toThrow(/default locale/);
		}
		expect(nginxLanguageMap(['fa', 'en'], 'fa')).toContain('\tdefault fa;');
	});

	it('writes the language scripts with the script serializer: nothing can end the <script> or open a comment', () => {
		for (const script of [languagePickerScript(['fa', 'ar', 'en'], 'fa'), notFoundLanguageScript(['fa', 'ar', 'en'], 'fa')]) {
			expect(script).not.toMatch(/<\/script|<!--/i);
		}
		expect(languagePickerScript(['fa', 'en'], 'en')).toContain('const s=["fa","en"];let l="en";');
	});
});

describe('generated server configuration', () => {
	it('is moved out of the published folder to a sibling, replacing the last one (or dropped by the notices fast path)', () => {
		const root = mkdtempSync(join(tmpdir(), 'bayan-server-config-'));
		try {
			const outDir = join(root, 'dist');
			const scratch = join(root, 'dist.building-1');
			expect(serverConfigDirFor(outDir)).toBe(join(root, 'dist-server'));
			mkdirSync(join(scratch, '_server'), { recursive: true });
			writeFileSync(join(scratch, '_server/nginx.conf'), 'new');
			mkdirSync(join(root, 'dist-server'));
			writeFileSync(join(root, 'dist-server/stale.conf'), 'old');
			expect(moveServerConfig(scratch, outDir)).toBe(join(root, 'dist-server'));
			expect(existsSync(join(scratch, '_server'))).toBe(false);
			expect(readFileSync(join(root, 'dist-server/nginx.conf'), 'utf8')).toBe('new');
			expect(existsSync(join(root, 'dist-server/stale.conf'))).toBe(false);
			mkdirSync(join(scratch, '_server'));
			writeFileSync(join(scratch, '_server/nginx.conf'), 'partial');
			expect(moveServerConfig(scratch, outDir, { discard: true })).toBeUndefined();
			expect(existsSync(join(scratch, '_server'))).toBe(false);
			expect(readFileSync(join(root, 'dist-server/nginx.conf'), 'utf8')).toBe('new');
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});

	it('is moved to an output on another file system (a RAM disk), where a rename cannot work', () => {
		// /dev/shm is a RAM disk on Linux, another file system than the temporary folder.
		const other = existsSync('/dev/shm') ? '/dev/shm' : undefined;
		expect(other, 'this check needs /dev/shm (Linux)').toBeDefined();
		const root = mkdtempSync(join(tmpdir(), 'bayan-server-config-'));
		const outRoot = mkdtempSync(join(other!, 'bayan-server-config-'));
		try {
			const scratch = join(root, 'dist.building-1');
			mkdirSync(join(scratch, '_server'), { recursive: true });
			writeFileSync(join(scratch, '_server/nginx.conf'), 'new');
			const outDir = join(outRoot, 'dist');
			expect(moveServerConfig(scratch, outDir)).toBe(join(outRoot, 'dist-server'));
			expect(readFileSync(join(outRoot, 'dist-server/nginx.conf'), 'utf8')).toBe('new');
			expect(existsSync(join(scratch, '_server'))).toBe(false);
		} finally {
			rmSync(root, { recursive: true, force: true });
			rmSync(outRoot, { recursive: true, force: true });
		}
	});

	it('is denied by the nginx configuration too, should an unfinished output be served', () => {
		const conf = nginxConfig({ headerRules: [], redirects: [], locales: ['fa'], defaultLocale: 'fa' });
		const deny = new RegExp(/location ~ (\S+) \{ return 404; \}/.exec(conf)![1]!);
		for (const path of ['/_headers', '/_redirects', '/_server/nginx.conf', '/_nginx.conf', '/_nginx-http.conf']) expect(deny.test(path), path).toBe(true);
		expect(deny.test('/fa/')).toBe(false);
	});
});
