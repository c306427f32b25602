#!/usr/bin/env node
/**
 * `npm run init -- --empty` (dry run) / `npm run init -- --empty --yes`: removes the demo's
 * content so the site starts empty (README, "Start empty"). `--starter` does the same, then
 * writes a minimal starter set to edit (scripts/starter/). See scripts/lib/init-site.mjs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoManifest, emptySite, starterSite } from './lib/init-site.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifestPath = join(root, 'scripts/demo-files.json');
const args = new Set(process.argv.slice(2));

if (args.has('--write-demo-manifest')) {
	writeFileSync(manifestPath, `${JSON.stringify(demoManifest(root), null, '\t')}\n`);
	console.log(`Wrote ${manifestPath}`);
	process.exit(0);
}
if (!args.has('--empty') && !args.has('--starter')) {
	console.error(
		'usage: npm run init -- --empty|--starter [--yes]\n  --empty    remove the demo content (unchanged demo files only)\n  --starter  the same, then add a minimal starter set to edit (one category, one article per language, one channel)\n  --yes      really do it (without it, only show what would happen)',
	);
	process.exit(2);
}
const apply = args.has('--yes');
const { remove, changed, kept, featured, brand } = emptySite(root, JSON.parse(readFileSync(manifestPath, 'utf8')), { apply });
console.log(`${apply ? 'Removed' : 'Would remove'} ${remove.length} demo file${remove.length === 1 ? '' : 's'} from src/content/.`);
if (changed.length) console.log(`Kept ${changed.length} demo file(s) you have changed (delete them yourself if you do not want them):\n${changed.map((path) => `  ${path}`).join('\n')}`);
if (kept.length) console.log(`Kept ${kept.length} file(s) that are not the demo's:\n${kept.map((path) => `  ${path}`).join('\n')}`);
if (featured === 'reset') console.log(`${apply ? 'Emptied' : 'Would empty'} featuredRefs in src/site.config.ts (the demo's featured articles).`);
if (featured === 'custom') console.log('featuredRefs in src/site.config.ts is yours: left as it is (the build stops if one names no article).');
if (brand === 'reset') console.log(`${apply ? 'Replaced' : 'Would replace'} the demo's brand in src/brand.config.ts with a neutral one (name, tagline, company, origin) for you to edit.`);
if (brand === 'custom') console.log('src/brand.config.ts is yours: left as it is.');
if (args.has('--starter')) {
	const starter = starterSite(root, { apply });
	console.log(`${apply ? 'Wrote' : 'Would write'} ${starter.write.length} starter file(s):\n${starter.write.map((path) => `  ${path}`).join('\n')}`);
	if (starter.kept.length) console.log(`Left ${starter.kept.length} file(s) of yours where a starter file would go:\n${starter.kept.map((path) => `  ${path}`).join('\n')}`);
}
if (!apply) console.log(`\nNothing was changed. Run again with --yes to do it: npm run init -- ${args.has('--starter') ? '--starter' : '--empty'} --yes`);
else console.log('\nNext: edit src/brand.config.ts (README, "Make it yours"), then npm start.');
