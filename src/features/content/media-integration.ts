import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkMediaFolder, MEDIA_FOLDER } from './media';

/**
 * Stops the build when `public/media/` holds anything but PNG, JPEG, WebP, GIF or AVIF
 * images whose names match their content (src/features/content/media.ts), naming every such file. The
 * CMS proxy refuses such uploads; this catches what arrives by commit.
 */
export function mediaGuard(): AstroIntegration {
	let root = process.cwd();
	return {
		name: 'bayan-media-guard',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:start': () => {
				const problems = checkMediaFolder(join(root, MEDIA_FOLDER), root);
				if (problems.length) {
					throw new Error(`Only images may be published from ${MEDIA_FOLDER}/ (PNG, JPEG, WebP, GIF, AVIF, named for what they are):\n  ${problems.join('\n  ')}`);
				}
			},
		},
	};
}
