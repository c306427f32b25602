/**
 * Where an Open Graph card's CPU time goes, on real corpus titles: `OG_CORPUS` (a bench
 * scratch project's src/content/articles), `OG_N` cards in fa/ar/en, one thread.
 * Prints the time per card of our layout, satori, resvg and PNG encoding for the whole
 * card (how cards were drawn before, with resvg's own PNG encoder), and of the whole drawing as the build does it now
 * (`drawCard` with the template: only the body's rows rasterised), step by step: satori, resvg
 * of the band, its rows converted over the template's, PNG; both with the body drawn alone (`bodyTree`,
 * the header's and footer's glyphs left out) and, for comparison, through the whole tree.
 * Run: node_modules/.bin/node node_modules/vitest/vitest.mjs run --config scripts/og-split.config.mjs
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { expect, it } from 'vitest';
import { drawCard, layOut, overTemplate, planCard, rasteriseCard, releaseRasters, type CardJob } from '../src/features/og/draw';
import { ogCardJob, ogFontFiles, ogTree, type OgImageInput } from '../src/features/og/og';
import { ogLabels } from '../src/features/og/og-images';
import { encodePng, encodeRows, overRows } from '../src/features/og/png';

const corpus = process.env.OG_CORPUS ?? '';
const count = Number(process.env.OG_N ?? 300);
const cpuMs = (): number => {
	const { user, system } = process.threadCpuUsage();
	return (user + system) / 1000;
};

function inputs(): OgImageInput[] {
	const out: OgImageInput[] = [];
	for (const locale of ['fa', 'ar', 'en'] as const) {
		for (const file of readdirSync(join(corpus, locale)).slice(0, Math.ceil(count / 3))) {
			const text = readFileSync(join(corpus, locale, file), 'utf8');
			const field = (name: string): string | undefined => new RegExp(`^${name}: (.*)$`, 'm').exec(text)?.[1]?.replace(/^['"]|['"]$/g, '');
			const summary = field('summary');
			out.push({ title: field('title') ?? file, ...(summary ? { subtitle: summary } : {}), kind: 'article', locale, ...ogLabels(locale, 'article') });
		}
	}
	return out;
}

it('splits the cost of an Open Graph card', async () => {
	expect(corpus, 'set OG_CORPUS to a corpus articles folder').not.toBe('');
	const files = ogFontFiles();
	const fontData = { regular: readFileSync(files.regular), bold: readFileSync(files.bold) };
	const all = inputs();
	for (const input of all.slice(0, 5)) await drawCard(ogCardJob(input), fontData, input.title);
	let layout = 0;
	let layoutSvg = 0;
	let rasterise = 0;
	let encode = 0;
	let asPng = 0;
	let kb = 0;
	for (const input of all) {
		let start = cpuMs();
		const tree = ogTree(input);
		let now = cpuMs();
		layout += now - start;
		start = now;
		const svg = await layOut(tree, fontData, input.title);
		now = cpuMs();
		layoutSvg += now - start;
		start = now;
		const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
		const pixels = image.pixels;
		now = cpuMs();
		rasterise += now - start;
		start = now;
		encodePng(pixels, image.width, image.height);
		now = cpuMs();
		encode += now - start;
		start = now;
		image.asPng();
		asPng += cpuMs() - start;
	}
	let drawn = 0;
	// Page faults are what releasing resvg's images saves, and unlike CPU time they do not
	// depend on how busy the machine is.
	const faults = (): number => process.resourceUsage().minorPageFault;
	await releaseRasters();
	const faultsBefore = faults();
	const start = cpuMs();
	// resvg's images released after each card, as V8 does by itself in the card workers (draw.ts, releaseRasters).
	for (const input of all) {
		drawn += (await drawCard(ogCardJob(input), fontData, input.title)).length;
		await releaseRasters();
	}
	const now = cpuMs() - start;
	const builtFaults = (faults() - faultsBefore) / all.length;
	const n = all.length;
	kb = drawn / n / 1024;
	const ms = (value: number): string => (value / n).toFixed(1);
	const steps = async (strip: boolean, release: boolean): Promise<string> => {
		const t = { job: 0, satori: 0, resvg: 0, copy: 0, png: 0, release: 0, rows: 0, bodyOnly: 0 };
		const faultsAtStart = faults();
		for (const input of all) {
			let at = cpuMs();
			const job: CardJob = ogCardJob(input);
			if (strip) delete job.bodyTree;
			const plan = await planCard(job, fontData, input.title);
			let next = cpuMs();
			t.job += next - at;
			at = next;
			const svg = await layOut(plan.tree, fontData, input.title);
			next = cpuMs();
			t.satori += next - at;
			at = next;
			const pixels = rasteriseCard(svg, plan.band);
			next = cpuMs();
			t.resvg += next - at;
			at = next;
			// As drawCard does it: the band's rows converted over the template's (overRows).
			const rows = plan.band ? overRows(plan.band.template.rows, pixels, plan.band.top) : undefined;
			next = cpuMs();
			t.copy += next - at;
			at = next;
			if (rows) encodeRows(rows);
			else encodePng(plan.band ? overTemplate(pixels, plan.band) : pixels, 1200, 630);
			next = cpuMs();
			t.png += next - at;
			at = next;
			if (release) {
				await releaseRasters();
				t.release += cpuMs() - at;
			}
			t.rows += plan.band ? plan.band.bottom - plan.band.top : 630;
			if (plan.tree !== job.tree) t.bodyOnly++;
		}
		return `layout+plan ${ms(t.job)}, satori ${ms(t.satori)}, resvg ${ms(t.resvg)} (${(t.rows / n).toFixed(0)} rows), band rows over the template's ${ms(t.copy)}, PNG ${ms(t.png)}, release ${ms(t.release)}; total ${ms(t.job + t.satori + t.resvg + t.copy + t.png + t.release)} (${t.bodyOnly}/${n} body alone, ${((faults() - faultsAtStart) / n).toFixed(0)} page faults/card)`;
	};
	// resvg's images from the runs above are released first, so each run starts alike.
	await releaseRasters();
	const throughWhole = await steps(true, false);
	await releaseRasters();
	const bodyAlone = await steps(false, false);
	await releaseRasters();
	const released = await steps(false, true);
	console.log(
		`OG_SPLIT ${n} cards, CPU ms per card. Whole card: layout ${ms(layout)}, satori ${ms(layoutSvg)}, resvg ${ms(rasterise)}, PNG ${ms(encode)} (resvg's asPng() ${ms(asPng)}; before this change a card cost layout + satori + resvg + asPng). As built (body band over template): ${ms(now)} ms/card, ${kb.toFixed(1)} KB/card, ${builtFaults.toFixed(0)} page faults/card`,
	);
	console.log(`OG_SPLIT as built, step by step. Band through the whole tree: ${throughWhole}. Band of the body alone: ${bodyAlone}. Body alone, resvg's images released after each card: ${released}.`);
	expect(n).toBeGreaterThan(0);
}, 900_000);
