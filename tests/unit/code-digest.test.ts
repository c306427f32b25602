import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeDigest } from '../../src/core/code-digest';
import { tempFolder } from '../support/temp-folder';

describe('codeDigest', () => {
	it('changes with any file under the folders named (nested too), its path, or the extra, and with nothing else', async () => {
		const root = tempFolder('bayan-code-digest-');
		mkdirSync(join(root, 'a/deep'), { recursive: true });
		mkdirSync(join(root, 'other'));
		writeFileSync(join(root, 'a/one.ts'), 'one');
		writeFileSync(join(root, 'a/deep/two.ts'), 'two');
		writeFileSync(join(root, 'other/three.ts'), 'three');
		const before = await codeDigest(root, ['a'], 'v1');
		expect(await codeDigest(root, ['a'], 'v1')).toBe(before);
		expect(await codeDigest(root, ['a'], 'v2')).not.toBe(before);
		writeFileSync(join(root, 'other/three.ts'), 'changed');
		expect(await codeDigest(root, ['a'], 'v1')).toBe(before);
		writeFileSync(join(root, 'a/deep/two.ts'), 'changed');
		const after = await codeDigest(root, ['a'], 'v1');
		expect(after).not.toBe(before);
		expect(await codeDigest(root, ['a', 'other'], 'v1')).not.toBe(after);
	});
});
