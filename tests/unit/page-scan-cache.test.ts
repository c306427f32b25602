import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { insertMetaPolicy, metaPolicyOffset, withMetaPolicy } from '../../src/features/site/deploy';
import { filesFingerprint, PageScanCache, type PageScan } from '../../src/features/site/page-scan-cache';
import { inlineScripts, scriptHash } from '../../src/features/site/security-headers';

const dirs: string[] = [];
afterAll(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
const scratch = (): string => {
	const dir = mkdtempSync(join(tmpdir(), 'bayan-page-scans-'));
	dirs.push(dir);
	return dir;
};

const page = (script: string) => `<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>ت</title><script>${script}</script></head><body></body></html>`;
const scanPage = (source: string): PageScan => ({ scripts: inlineScripts(source).map(scriptHash), at: metaPolicyOffset(source) });

describe('the header scan kept per page content', () => {
	it('puts the <meta> exactly where withMetaPolicy does', () => {
		const source = page('a()');
		expect(insertMetaPolicy(source, metaPolicyOffset(source), "default-src 'self'")).toBe(withMetaPolicy(source, "default-src 'self'"));
	});

	it('scans a page once, answers the same bytes from the last build, and scans changed bytes', () => {
		const file = join(scratch(), 'cache', 'scans.json');
		let scans = 0;
		const counting = (source: string) => {
			scans++;
			return scanPage(source);
		};
		const first = new PageScanCache(file, 'code-1');
		const scanned = first.scan(page('a()'), counting);
		expect(scanned).toEqual({ scripts: [scriptHash('a()')], at: page('a()').indexOf('<title>') });
		first.scan(page('b()'), counting);
		expect(first.counts).toEqual({ reused: 0, scanned: 2 });
		first.save();

		const second = new PageScanCache(file, 'code-1');
		expect(second.scan(page('a()'), counting)).toEqual(scanned);
		expect(second.scan(page('c()'), counting).scripts).toEqual([scriptHash('c()')]);
		expect(second.counts).toEqual({ reused: 1, scanned: 1 });
		expect(scans).toBe(3);
		second.save();

		// Only this build's pages are kept: b() was not built the second time.
		const third = new PageScanCache(file, 'code-1');
		third.scan(page('b()'), counting);
		expect(third.counts).toEqual({ reused: 0, scanned: 1 });
	});

	it('scans everything again when the scanning code changed or the file is damaged', () => {
		const file = join(scratch(), 'scans.json');
		const before = new PageScanCache(file, 'code-1');
		before.scan(page('a()'), scanPage);
		before.save();
		const newCode = new PageScanCache(file, 'code-2');
		newCode.scan(page('a()'), scanPage);
		expect(newCode.counts).toEqual({ reused: 0, scanned: 1 });
		writeFileSync(file, '{"fingerprint":"code-1","pa');
		const damaged = new PageScanCache(file, 'code-1');
		damaged.scan(page('a()'), scanPage);
		expect(damaged.counts).toEqual({ reused: 0, scanned: 1 });
	});

	it('fingerprints the scanning code, never the same twice when a code file is missing', () => {
		const dir = scratch();
		const code = join(dir, 'code.ts');
		writeFileSync(code, 'one');
		const lock = join(dir, 'package-lock.json');
		expect(filesFingerprint([code], [lock])).toBe(filesFingerprint([code], [lock]));
		writeFileSync(lock, '{}');
		const withLock = filesFingerprint([code], [lock]);
		writeFileSync(code, 'two');
		expect(filesFingerprint([code], [lock])).not.toBe(withLock);
		const missing = join(dir, 'moved.ts');
		expect(filesFingerprint([missing])).not.toBe(filesFingerprint([missing]));
	});
});
