#!/usr/bin/env node
/**
 * `npm run bench`: measures Bayan against the budgets in PRODUCT.md on synthetic content.
 *
 * For each size (articles per locale; default 1000 and 5000, or `--sizes 200,1000`) it
 * generates a scratch copy of the project with that many synthetic articles in every
 * locale, builds it, and reports: build seconds, pages/s, peak memory, gzip weight per
 * page type (HTML+CSS+JS, fonts apart) and JS per page type, Pagefind index size, bytes and
 * milliseconds of a first search, Open Graph render time cold and cached, and search
 * recall@3 on the recall set. Writes `bench-results.json` and prints a Markdown table.
 * Not part of CI: it takes minutes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
	const index = args.indexOf(`--${name}`);
	return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
};
const sizes = option('sizes', '1000,5000').split(',').map(Number);
const keep = args.includes('--keep');
const DEMO_NOW = '2026-11-22T10:00:00+03:30';

/** Budgets from PRODUCT.md. */
const budgets = { articleKb: 20, articleJsKb: 6, buildSeconds3000: 40, buildPeakMb3000: 1200, firstSearchKb: 100, recall: 0.97, customerRecall: 0.9 };

const words = {
	fa: 'سفارش ارسال پرداخت شعبه کیف‌پول بازگشت وجه پیگیری هزینه نوبت‌دهی می‌شود کتاب‌ها ساعت کاری تحویل مرجوعی کارت بانکی پشتیبانی حساب کاربری رمز یکبار مصرف اپلیکیشن تخفیف بسته‌بندی'.split(' '),
	ar: 'الطلب التوصيل الدفع الفرع المحفظة استرداد الأموال التتبع الرسوم حجز موعد ساعات العمل التسليم الإرجاع البطاقة المصرفية الدعم الحساب كلمة المرور التطبيق الخصم التغليف الفاتورة'.split(' '),
	en: 'order delivery payment branch wallet refund tracking fee booking opening hours handover return bank card support account password app discount packaging invoice courier'.split(' '),
};

function pseudoRandom(seed) {
	let state = seed >>> 0;
	return () => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function sentence(locale, random, length) {
	const list = words[locale];
	return Array.from({ length }, () => list[Math.floor(random() * list.length)]).join(' ');
}

/**
 * Adds `count` synthetic articles per locale to a scratch project. The demo articles stay,
 * because demo notices and incidents link to them (the build rightly refuses dangling links).
 */
function generateContent(dir, count) {
	const articles = join(dir, 'src/content/articles');
	const categories = readdirSync(join(dir, 'src/content/categories')).map((file) => file.replace(/\.ya?ml$/, ''));
	for (const locale of ['fa', 'ar', 'en']) {
		mkdirSync(join(articles, locale), { recursive: true });
		const random = pseudoRandom(count + locale.charCodeAt(0));
		for (let n = 1; n <= count; n += 1) {
			const ref = 1000 + n;
			const slug = `synthetic-article-${n}`;
			const body = Array.from({ length: 4 }, (_, section) => `## ${sentence(locale, random, 3)} ${section + 1}\n\n${sentence(locale, random, 60)}.\n\n- ${sentence(locale, random, 8)}\n- ${sentence(locale, random, 8)}\n`).join('\n');
			writeFileSync(
				join(articles, locale, `${slug}.mdx`),
				`---\ntitle: ${sentence(locale, random, 5)} ${ref}\nsummary: ${sentence(locale, random, 14)}.\ncategory: ${categories[ref % categories.length]}\nupdated: 2026-${String((n % 10) + 1).padStart(2, '0')}-15\nref: ${ref}\ntags: [${sentence(locale, random, 1)}]\nrelated: [synthetic-article-${(n % count) + 1}]\n---\n\n${body}`,
			);
		}
	}
}

function scratchProject() {
	const dir = mkdtempSync(join(tmpdir(), 'bayan-bench-'));
	for (const entry of ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
		if (existsSync(join(root, entry))) cpSync(join(root, entry), join(dir, entry), { recursive: true });
	}
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
	return dir;
}

/** Runs the build under GNU time for wall seconds and peak resident memory. */
function timedBuild(dir) {
	const result = spawnSync('/usr/bin/time', ['-f', 'BENCH %e %M', process.execPath, join(dir, 'scripts/build.mjs')], {
		cwd: dir,
		encoding: 'utf8',
		// A scratch Open Graph cache per project, so the first build is truly cold.
		env: { ...process.env, BAYAN_NOW: DEMO_NOW, BAYAN_CACHE_DIR: join(dir, '.cache/astro'), BAYAN_OG_CACHE_DIR: join(dir, '.cache/og') },
		maxBuffer: 1 << 28,
	});
	const match = /BENCH ([\d.]+) (\d+)/.exec(result.stderr);
	if (result.status !== 0 || !match) throw new Error(`bench build failed:\n${result.stderr.slice(-3000)}`);
	return { seconds: Number(match[1]), peakMb: Math.round(Number(match[2]) / 1024) };
}

function htmlFiles(dir) {
	const files = [];
	const walk = (folder) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name.endsWith('.html')) files.push(path);
		}
	};
	walk(dir);
	return files;
}

/** gzip bytes of a page with the CSS and JS it loads up front (static imports followed; dynamic imports and fonts excluded). */
export function pageWeight(dist, pagePath) {
	const html = readFileSync(join(dist, pagePath), 'utf8');
	const assets = new Set();
	for (const match of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)) assets.add(match[1]);
	for (const match of html.matchAll(/<script[^>]+src="([^"]+)"/g)) assets.add(match[1]);
	const inlineScripts = [...html.matchAll(/<script(?![^>]*application\/(?:ld\+)?json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
	let js = gzipSync(inlineScripts).length * (inlineScripts ? 1 : 0);
	let css = 0;
	const seen = new Set();
	const visit = (url) => {
		if (seen.has(url) || !url.startsWith('/')) return;
		seen.add(url);
		const file = join(dist, url.split('?')[0]);
		if (!existsSync(file)) return;
		const text = readFileSync(file, 'utf8');
		if (url.endsWith('.css')) css += gzipSync(text).length;
		else if (/\.m?js$/.test(url)) {
			js += gzipSync(text).length;
			for (const m of text.matchAll(/(?:^|[;\n])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) visit(new URL(m[1], `http://x${url}`).pathname);
		}
	};
	for (const url of assets) visit(url);
	for (const match of html.matchAll(/import\s*(?:[\w*{}\s,$]+from\s*)?["'](\/[^"']+)["']/g)) visit(match[1]);
	return { htmlKb: gzipSync(html).length / 1024, cssKb: css / 1024, jsKb: js / 1024, totalKb: (gzipSync(html).length + css + js) / 1024 };
}

const pageTypes = {
	home: 'fa/index.html',
	article: 'fa/articles/synthetic-article-1/index.html',
	category: 'fa/categories/orders/index.html',
	search: 'fa/search/index.html',
	notices: 'fa/notices/index.html',
	contact: 'fa/contact/index.html',
	status: 'fa/status/index.html',
	agent: 'fa/agent/index.html',
};

function dirSize(path) {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.size;
	return readdirSync(path).reduce((sum, entry) => sum + dirSize(join(path, entry)), 0);
}

/** Loads a page in Chromium, types a query, and counts what the first search fetches. */
async function firstSearch(dist) {
	let chromium;
	try {
		({ chromium } = await import('playwright-core'));
	} catch {
		return undefined;
	}
	if (!existsSync(join(dist, 'pagefind'))) return undefined;
	const { spawn } = await import('node:child_process');
	const port = 4390;
	const server = spawn(process.execPath, [join(root, 'scripts/serve.mjs'), '--port', String(port), '--dir', dist], { stdio: 'ignore' });
	await new Promise((r) => setTimeout(r, 800));
	const browser = await chromium.launch({ executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined, args: ['--no-sandbox', '--disable-gpu'] });
	try {
		const page = await browser.newPage();
		await page.goto(`http://localhost:${port}/fa/search/`);
		let bytes = 0;
		// Count what crosses the wire on a real host: text types compressed (hosts gzip them),
		// Pagefind's own index and fragment files as they are (already gzipped by Pagefind).
		page.on('response', async (response) => {
			try {
				const body = await response.body();
				const type = response.headers()['content-type'] ?? '';
				bytes += /javascript|json|css|html|wasm/.test(type) || /\.(js|json|css|wasm)$/.test(response.url()) ? gzipSync(body).length : body.length;
			} catch {}
		});
		const started = Date.now();
		await page.locator('#search-page-input').fill('سفارش');
		await page.locator('[data-search-results] a').first().waitFor({ timeout: 15000 });
		const ms = Date.now() - started;
		await page.waitForTimeout(300);
		return { kb: bytes / 1024, ms };
	} catch (error) {
		return { error: String(error).slice(0, 200) };
	} finally {
		await browser.close();
		server.kill();
	}
}


async function recall() {
	const script = join(root, 'scripts/search-recall.mjs');
	if (!existsSync(script)) return undefined;
	const run = spawnSync(process.execPath, [script, '--json'], { cwd: root, encoding: 'utf8', env: { ...process.env, BAYAN_NOW: DEMO_NOW } });
	const match = /"recall"\s*:\s*([\d.]+)/.exec(run.stdout);
	return match ? Number(match[1]) : undefined;
}

/** Customer-worded recall: recall@3 per part (tuned, held-out) and class, and the zero-result rate. */
function customerRecall() {
	const script = join(root, 'scripts/search-recall.mjs');
	const run = spawnSync(process.execPath, [script, '--set', 'customer', '--json'], { cwd: root, encoding: 'utf8', env: { ...process.env, BAYAN_NOW: DEMO_NOW } });
	if (run.status !== 0) return undefined;
	const result = JSON.parse(run.stdout);
	const rate = (part, whole) => (whole ? Number((part / whole).toFixed(3)) : 0);
	const parts = {};
	for (const [group, tally] of Object.entries(result.groups)) {
		const part = (parts[group.split(' ')[0]] ??= { hits: 0, total: 0, zero: 0 });
		part.hits += tally.hits;
		part.total += tally.total;
		part.zero += tally.zero;
	}
	return {
		recall: rate(result.hits, result.total),
		zeroResultRate: rate(result.zero, result.total),
		parts: Object.fromEntries(Object.entries(parts).map(([name, t]) => [name, { recall: rate(t.hits, t.total), zeroResultRate: rate(t.zero, t.total), total: t.total }])),
		classes: Object.fromEntries(Object.entries(result.groups).map(([group, t]) => [group, rate(t.hits, t.total)])),
	};
}

const results = { date: new Date().toISOString(), machine: { cores: (await import('node:os')).cpus().length }, sizes: [] };
for (const size of sizes) {
	const dir = scratchProject();
	generateContent(dir, size);
	process.stdout.write(`Building ${size} articles per locale (${size * 3} articles) … `);
	const build = timedBuild(dir);
	console.log(`${build.seconds}s cold`);
	// The scheduled rebuild's cost: same content, Open Graph images already cached.
	process.stdout.write('  rebuilding with a warm cache … ');
	const rebuild = timedBuild(dir);
	console.log(`${rebuild.seconds}s`);
	const dist = join(dir, 'dist');
	const pages = htmlFiles(dist).length;
	const weights = Object.fromEntries(Object.entries(pageTypes).filter(([, path]) => existsSync(join(dist, path))).map(([type, path]) => [type, pageWeight(dist, path)]));
	const search = await firstSearch(dist);
	results.sizes.push({
		articlesPerLocale: size,
		pages,
		buildSeconds: build.seconds,
		pagesPerSecond: Math.round(pages / build.seconds),
		rebuildSeconds: rebuild.seconds,
		peakMemoryMb: Math.max(build.peakMb, rebuild.peakMb),
		weights,
		pagefindIndexKb: Math.round(dirSize(join(dist, 'pagefind')) / 1024),
		firstSearch: search,
	});
	if (!keep) rmSync(dir, { recursive: true, force: true });
	else console.log(`kept ${dir}`);
}

// Open Graph timing: render a fixed set of titles through the real renderer, cold then cached.
const og = spawnSync(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--config', join(root, 'scripts/bench-og.config.mjs')], { cwd: root, encoding: 'utf8' });
const ogMatch = /OG_BENCH (\{.*\})/.exec(og.stdout + og.stderr);
results.og = ogMatch ? JSON.parse(ogMatch[1]) : { error: 'og bench did not run' };
results.recallAt3 = await recall();
results.customerRecall = customerRecall();

writeFileSync(join(root, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);

const kb = (value) => (value === undefined ? '—' : `${value.toFixed(1)} KB`);
const lines = ['| measure | ' + results.sizes.map((s) => `${s.articlesPerLocale}/locale`).join(' | ') + ' | budget |', '| --- | ' + results.sizes.map(() => '---').join(' | ') + ' | --- |'];
const row = (label, pick, budget = '') => lines.push(`| ${label} | ${results.sizes.map(pick).join(' | ')} | ${budget} |`);
row('pages built', (s) => String(s.pages));
row('build time, cold (every Open Graph image drawn)', (s) => `${s.buildSeconds} s (${s.pagesPerSecond} pages/s)`, `≤ ${budgets.buildSeconds3000} s at 1,000/locale`);
row('rebuild, Open Graph cache warm', (s) => `${s.rebuildSeconds} s`, `≤ ${budgets.buildSeconds3000} s at 1,000/locale`);
row('peak memory', (s) => `${s.peakMemoryMb} MB`, `≤ ${budgets.buildPeakMb3000} MB at 1,000/locale`);
for (const type of Object.keys(pageTypes)) {
	row(`${type} page gzip (HTML+CSS+JS)`, (s) => kb(s.weights[type]?.totalKb), type === 'article' ? `≤ ${budgets.articleKb} KB` : '');
	row(`${type} page JS gzip`, (s) => kb(s.weights[type]?.jsKb), type === 'article' ? `≤ ${budgets.articleJsKb} KB` : '');
}
row('Pagefind index (all locales)', (s) => `${s.pagefindIndexKb} KB`);
row('first search fetched', (s) => (s.firstSearch?.kb !== undefined ? `${s.firstSearch.kb.toFixed(1)} KB in ${s.firstSearch.ms} ms` : s.firstSearch?.error ?? '—'), `≤ ${budgets.firstSearchKb} KB`);
lines.push(`| Open Graph image | ${results.og.coldMs !== undefined ? `${results.og.coldMs} ms cold, ${results.og.warmMs} ms warm, ${results.og.cachedMs} ms cached` : results.og.error} | | |`);
lines.push(`| search recall@3 (recall set) | ${results.recallAt3 ?? '—'} | | ≥ ${budgets.recall} |`);
const customer = results.customerRecall;
if (customer) {
	for (const [part, value] of Object.entries(customer.parts)) lines.push(`| customer-worded recall@3, ${part} (${value.total} queries) | ${value.recall}, zero results ${value.zeroResultRate} | | ≥ ${budgets.customerRecall}, zero results 0 |`);
	for (const [group, value] of Object.entries(customer.classes).sort()) lines.push(`| — ${group} | ${value} | | |`);
}
console.log(`\n${lines.join('\n')}\n\nJSON: bench-results.json`);
