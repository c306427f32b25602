/**
 * Every Open Graph card of a build, drawn at most once: `plan` is given all the cards of
 * the site (the published pages, from the image route's getStaticPaths), finds the ones
 * whose cache file is missing and starts drawing them in worker threads at once; `card`
 * then serves each page's PNG from the cache, waiting for its drawing if need be. An
 * unchanged site draws nothing; a changed title draws exactly that card, because a
 * card's cache file is named by the hash of what it shows (`ogCacheKey`).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { ogCacheFile, ogCardJob, ogFontFiles, readOgCacheFile, renderOgImage, type OgImageInput } from './og';
import { writeOgCacheFile } from './draw';
import { OgCardPool } from './card-pool';

/** Options of `OgCards`. */
export interface OgCardsOptions {
	cacheDir: string;
	/** The worker's source file (src/features/og/draw-worker.ts). */
	workerFile: string | URL;
	/** Worker threads; 0 draws in the build's own thread. Defaults to one per core. */
	workers?: number;
	/** Where the closing count goes ("Open Graph cards: 3 drawn, 120 from the cache"). */
	log?: (line: string) => void;
}

/** How many cards were drawn and how many came from the cache, so far. */
export interface OgCardCounts {
	drawn: number;
	cached: number;
}

/** The number of worker threads from `BAYAN_OG_WORKERS` (0 = in the build's thread), else one per core. */
export function ogWorkerCount(env: NodeJS.ProcessEnv = process.env): number {
	const value = env.BAYAN_OG_WORKERS;
	if (value === undefined || value === '') return availableParallelism();
	if (!/^\d+$/.test(value)) throw new Error(`BAYAN_OG_WORKERS="${value}" is not a whole number of worker threads (0 draws without workers).`);
	return Number(value);
}

/** The cards of one build: planned once, drawn in parallel, served from the cache. */
export class OgCards {
	private readonly drawing = new Map<string, Promise<void>>();
	private readonly planned = new Set<string>();
	private readonly served = new Set<string>();
	private pool: OgCardPool | undefined;
	// The tail of the cards drawn in the build's own thread (\`workers: 0\`), one after another.
	private inThread: Promise<unknown> = Promise.resolve();
	private readonly counts: OgCardCounts = { drawn: 0, cached: 0 };

	constructor(private readonly options: OgCardsOptions) {}

	/** Cards drawn and reused so far. */
	get stats(): OgCardCounts {
		return { ...this.counts };
	}

	/**
	 * Registers the cards of the build and starts drawing every one without a cache file.
	 * Calling it again with the same cards changes nothing.
	 */
	plan(inputs: readonly OgImageInput[]): void {
		for (const input of inputs) {
			const file = ogCacheFile(input, this.options.cacheDir);
			if (this.planned.has(file)) continue;
			this.planned.add(file);
			if (!existsSync(file)) this.startDrawing(input, file);
		}
	}

	/** The PNG of a card: from the cache, drawn first if it is missing or damaged. */
	async card(input: OgImageInput): Promise<Buffer> {
		const file = ogCacheFile(input, this.options.cacheDir);
		let drawing = this.drawing.get(file);
		if (drawing) this.pool?.hurry(file);
		// A file that exists but fails its digest check is drawn again, like a missing one.
		let png = drawing ? undefined : await readOgCacheFile(file);
		if (!png) {
			drawing ??= this.startDrawing(input, file);
			await drawing;
			png = await readOgCacheFile(file);
			if (!png) throw new Error(`The Open Graph image for "${input.title}" was drawn but its cache file ${file} cannot be read back.`);
		} else {
			this.counts.cached++;
		}
		this.served.add(file);
		if (this.planned.size > 0 && this.served.size >= this.planned.size && [...this.planned].every((f) => this.served.has(f))) {
			await this.finish();
		}
		return png;
	}

	/** Stops the worker threads (they are started again if another card is needed). */
	async close(): Promise<void> {
		const pool = this.pool;
		this.pool = undefined;
		await pool?.close();
	}

	private async finish(): Promise<void> {
		const { drawn, cached } = this.counts;
		this.options.log?.(`Open Graph cards: ${drawn} drawn, ${cached} from the cache`);
		await this.close();
	}

	private startDrawing(input: OgImageInput, file: string): Promise<void> {
		const workers = this.options.workers ?? ogWorkerCount();
		let drawing: Promise<void>;
		if (workers === 0) {
			// One card at a time: \`plan\` starts every missing card at once, and thousands of
			// satori layouts and 3 MB canvases in flight together took a 150-card run from
			// 110 to 780 MB (measured); one after another it stays at a worker's footprint.
			drawing = this.inThread.then(() => renderOgImage(input)).then((png) => writeOgCacheFile(file, png));
			this.inThread = drawing.catch(() => undefined);
		} else {
			this.pool ??= new OgCardPool({ workerFile: this.options.workerFile, size: workers, fontFiles: ogFontFiles() });
			drawing = this.pool.draw({ job: () => ogCardJob(input), what: input.title, file });
		}
		drawing = drawing.then(() => {
			this.counts.drawn++;
		});
		// Remembered until served; an unhandled rejection here would end the build before
		// the page that needs the card reports it with its own error.
		drawing.catch(() => undefined);
		this.drawing.set(file, drawing);
		return drawing;
	}
}
