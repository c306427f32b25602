import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { buildProject, mdx, noticeFrontmatter, tinyProject } from './tiny-site';

/**
 * The shared tiny-site build: ONE real `npm run build` that several build-test files read,
 * instead of one build each (a build costs about a minute on a busy 2-core machine). Its
 * content is the tiny site plus what those files need, none of which disturbs another's
 * assertions:
 *
 * - a second business's brand and logo, with the service renamed to it (brand-deploy.test.ts);
 * - every inert hostile construct on one article and one notice (hostile.test.ts);
 * - an incident not public yet and a draft article (og-published.test.ts);
 * - fresh Open Graph and search caches, so this build is the cold one (build-caches.test.ts);
 * - the output on another file system than the project (og-published.test.ts).
 *
 * Tests only read it; a test that changes content or builds again does so in a copy
 * (`copyProject` in tiny-site.ts).
 */

export const secondBrand = `import type { BrandInput } from './core/brand-schema';
import type { Locale } from './site.config';
export const origin = 'https://support.nilufar.example';
export default {
	name: { fa: 'پشتیبانی نیلوفر', ar: 'دعم نيلوفر', en: 'Nilufar Support' },
	tagline: { fa: 'پاسخ‌های نیلوفر', ar: 'إجابات نيلوفر', en: 'Answers from Nilufar' },
	company: { fa: 'نیلوفر', ar: 'نيلوفر', en: 'Nilufar' },
	logo: { light: 'src/brand/nilufar.svg' },
	colours: { accent: '#6b21a8', onAccent: '#ffffff', accentDark: '#d8b4fe', onAccentDark: '#1e0a2e' },
	links: { privacy: 'https://nilufar.example/privacy', phone: '+971 4 123 4567' },
	origin,
} satisfies BrandInput<Locale>;
`;
export const nilufarLogo = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7" fill="#6b21a8"/></svg>';

/** The hostile article and notice. */
export const hostileArticle = 'src/content/articles/fa/hostile.mdx';
export const hostileNotice = 'src/content/notices/fa/hostile-notice.mdx';

/** Every inert construct the corpus renders, on one article and one notice. */
const inertFiles = {
	[hostileArticle]: mdx(
		[
			'title: "<script>window.__pwned=1</script> <img src=x onerror=window.__pwned=2>"',
			'summary: "</p><svg onload=window.__pwned=3> \'\\"><script>window.__pwned=4</script>"',
			'category: orders',
			'updated: 2026-11-01',
			'ref: 900',
			'tags: ["<b onmouseover=window.__pwned=5>tag</b>"]',
		].join('\n'),
		[
			'## Related title',
			'[click me](javascript:window.__pwned=6) and [data](data:text/html,<b>x</b>) and ![img](javascript:window.__pwned=8) and [x][1]',
			'[1]: javascript:window.__pwned=11',
			// A remote image (inline or by reference) is refused, not inert: the corpus checks that in process.
			'![svg](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9IndpbmRvdy5fX3B3bmVkPTEyIi8+)',
			'`<script>window.__pwned=9</script>` stays code.',
			'&lt;script&gt;window.__pwned=10&lt;/script&gt;',
			'<details open><summary>s</summary><p>x <kbd>Ctrl</kbd> <a href="https://other.example/">y</a></p></details>',
			'<Callout type="warning" title="</aside><script>window.__pwned=13</script>">متن</Callout>',
			'<Question q="<img src=x onerror=window.__pwned=14>">\n\nپاسخ\n\n</Question>',
			'<ServiceStatus id="website" />',
		].join('\n\n'),
	),
	[hostileNotice]: mdx(noticeFrontmatter().replace('title: اطلاعیه', 'title: "</script><script>window.__pwned=15</script>"').replace('kind: delay', 'kind: safety')),
};

/** An incident whose only update is dated after the build clock, and a draft article. */
const unpublishedFiles = {
	'src/content/incidents/fa/future-outage.mdx': mdx(
		'title: "قطعی آینده"\nkind: incident\nimpact: major\naffected:\n  - service: website\n    status: major_outage\nupdates:\n  - at: "2026-12-01T10:00:00+03:30"\n    status: investigating\n    text: "بررسی می‌کنیم."',
		'',
	),
	'src/content/articles/fa/secret-draft.mdx': mdx('title: پیش‌نویس\nsummary: هنوز منتشر نشده است و نباید کارت داشته باشد.\ncategory: orders\nupdated: 2026-10-20\nref: 998\ndraft: true'),
};

/** The shared build: where its project, output and Open Graph cache are, and how the build ended. */
export interface SharedSite {
	/** The scratch project (do not change it: copy it with `copyProject`). */
	dir: string;
	/** The output folder, `site` in `outParent`. */
	dist: string;
	/** The folder holding the output, on another file system than `dir` where /dev/shm exists. */
	outParent: string;
	/** The Open Graph cache this build started empty. */
	ogCache: string;
	status: number | null;
	output: string;
}

/** Blocks this worker for `ms` (the build files are synchronous; nothing else runs in it meanwhile). */
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * The shared build of this `test:build` run, made by the first caller and recorded in the
 * run's folder for the others (tests/support/build-run.ts). Two files run at once
 * (vitest.config.ts `maxWorkers`), so the first caller takes a lock (an atomic `mkdir`) and a
 * caller that finds it taken waits for the record instead of building into the same folder.
 */
export function sharedSite(): SharedSite {
	const runDir = inject('buildRunDir');
	const record = join(runDir, 'shared-site.json');
	try {
		mkdirSync(join(runDir, 'shared-site.lock'));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new Error('could not lock the shared build', { cause: error });
		while (!existsSync(record)) pause(250);
		return JSON.parse(readFileSync(record, 'utf8')) as SharedSite;
	}
	let site: SharedSite;
	try {
		site = buildShared(runDir);
	} catch (error) {
		// Recorded as a failed build, so a file waiting for it fails with the reason instead of waiting forever.
		site = { dir: '', dist: '', outParent: '', ogCache: '', status: null, output: `the shared build could not be made: ${String(error)}` };
		writeRecord(record, site);
		throw error;
	}
	writeRecord(record, site);
	return site;
}

/** Writes the record whole (a waiting file never reads half of it). */
function writeRecord(record: string, site: SharedSite): void {
	writeFileSync(`${record}.part`, JSON.stringify(site));
	renameSync(`${record}.part`, record);
}

function buildShared(runDir: string): SharedSite {
	const dir = tinyProject({ 'src/brand.config.ts': secondBrand, 'src/brand/nilufar.svg': nilufarLogo, ...inertFiles, ...unpublishedFiles }, { dir: join(runDir, 'site') });
	// The tiny site's service file is the demo's own; this business writes its own.
	const service = join(dir, 'src/content/services/website.yaml');
	writeFileSync(service, readFileSync(service, 'utf8').replace(/bazarak|بازارک|بازارك/gi, 'Nilufar'));
	const outParent = inject('buildRunOutParent');
	const dist = join(outParent, 'site');
	const ogCache = join(runDir, 'og-cache');
	const { status, output } = buildProject(dir, { outDir: dist, env: { BAYAN_OG_CACHE_DIR: ogCache } });
	return { dir, dist, outParent, ogCache, status, output };
}
