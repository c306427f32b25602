import { readFileSync } from 'node:fs';
import sax from 'sax';
import { describe, expect, it } from 'vitest';
import demoBrand from '../../src/brand.config';
import { brand } from '../../src/core/brand';
import { brandCss, contrastRatio, mixHex, parseBrand, safeSvg, themeBackgrounds } from '../../src/core/brand-schema';
import { t } from '../../src/core/i18n';
import { locales } from '../../src/site.config';

const logo = '<svg viewBox="0 0 10 10"><rect width="10" height="10" fill="#0a6a61"/></svg>';

describe('brand configuration', () => {
	it('is what the site reads: the name and tagline of every locale come from src/brand.config.ts', () => {
		for (const locale of locales) {
			expect(t(locale, 'core.siteName')).toBe(demoBrand.name[locale]);
			expect(t(locale, 'core.siteTagline')).toBe(demoBrand.tagline[locale]);
		}
		expect(brand.logo.light).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
	});

	it('names the key of every missing or wrong value', () => {
		const broken = { ...demoBrand, name: { fa: 'نام', ar: 'اسم' }, links: { privacy: 'javascript:alert(1)', phone: '021 1234' }, colours: { ...demoBrand.colours, accent: 'teal' } };
		let message = '';
		try {
			parseBrand(broken, locales);
		} catch (error) {
			message = (error as Error).message;
		}
		expect(message).toContain('src/brand.config.ts is not a usable brand');
		expect(message).toContain('name.en:');
		expect(message).toContain('links.privacy: must be a path on this site');
		expect(message).toContain('links.phone: must be an international number');
		expect(message).toContain('colours.accent: must be a colour written #rrggbb');
	});

	it('refuses an accent colour without WCAG AA contrast, naming the key and the ratio', () => {
		expect(() => parseBrand({ ...demoBrand, colours: { ...demoBrand.colours, accent: '#7fd6cb' } }, locales)).toThrow(
			/colours\.accent: #7fd6cb on the light page background \(#fbfbf8\) has a contrast of 1\.\d\d:1; WCAG AA needs at least 4\.5:1/,
		);
		expect(() => parseBrand({ ...demoBrand, colours: { ...demoBrand.colours, onAccentDark: '#ffffff' } }, locales)).toThrow(/colours\.onAccentDark: #ffffff on colours\.accentDark/);
		expect(() => parseBrand({ ...demoBrand, colours: { ...demoBrand.colours, accentDark: '#0a6a61' } }, locales)).toThrow(/colours\.accentDark: .* dark page background/);
	});

	it('computes WCAG contrast as the standard does', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
		expect(mixHex('#000000', '#ffffff', 0.5)).toBe('#808080');
	});

	it('checks the backgrounds the stylesheet really uses', () => {
		const css = readFileSync('src/features/site/global.css', 'utf8');
		const [light, dark] = css.split('@media (prefers-color-scheme: dark)') as [string, string];
		expect(light).toContain(`--bg: ${themeBackgrounds.light.bg};`);
		expect(light).toContain(`--surface: ${themeBackgrounds.light.surface};`);
		expect(dark).toContain(`--bg: ${themeBackgrounds.dark.bg};`);
		expect(dark).toContain(`--surface: ${themeBackgrounds.dark.surface};`);
	});

	it('writes the colours as custom properties only from checked hex values', () => {
		expect(brandCss(brand.colours)).toContain(`--accent:${demoBrand.colours.accent};`);
		expect(brandCss(brand.colours)).toContain(`@media (prefers-color-scheme:dark){:root:root{--accent:${demoBrand.colours.accentDark};`);
	});
});

/** What a strict, namespace-aware XML parser reports about `xml` (empty when well-formed). */
function wellFormedXmlProblems(xml: string): string[] {
	const problems: string[] = [];
	const parser = sax.parser(true, { xmlns: true });
	parser.onerror = (error) => {
		problems.push(error.message.split('\n')[0]!);
		parser.resume();
	};
	parser.write(xml).close();
	return problems;
}

describe('safe SVG logos', () => {
	it('keeps a plain drawing and re-serialises it', () => {
		const out = safeSvg(`<?xml version="1.0"?>\n<!-- made by hand -->\n${logo.replace('<rect', '<path d="M0 0h1" stroke-linecap="round"/><rect')}`, 'logo');
		expect(out).toBe('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><path d="M0 0h1" stroke-linecap="round"></path><rect width="10" height="10" fill="#0a6a61"></rect></svg>');
	});

	it.each([
		['<svg viewBox="0 0 1 1"><script>alert(1)</script></svg>', /<script> is not allowed/],
		['<svg viewBox="0 0 1 1" onload="alert(1)"></svg>', /the attribute "onload" on <svg> is not allowed/],
		['<svg viewBox="0 0 1 1"><rect style="fill:red"/></svg>', /the attribute "style" on <rect>/],
		['<svg viewBox="0 0 1 1"><foreignObject><div>x</div></foreignObject></svg>', /<foreignObject> is not allowed/],
		['<svg viewBox="0 0 1 1"><use href="https://evil.example/x.svg#a"/></svg>', /may only point inside the logo/],
		['<svg viewBox="0 0 1 1"><use xlink:href="data:image/svg+xml,x"/></svg>', /may only point inside the logo/],
		['<svg viewBox="0 0 1 1"><rect fill="url(https://evil.example/p)"/></svg>', /fill on <rect> may only use url\(#id\)/],
		['<svg viewBox="0 0 1 1"><image href="#a"/></svg>', /<image> is not allowed/],
		// Found by an adversarial review: CSS escapes spell url( without the text "url(", image-set() fetches without it.
		['<svg viewBox="0 0 1 1"><rect fill="\\75 rl(https://evil.example/x.svg#a)"/></svg>', /may not use CSS escapes or image functions/],
		['<svg viewBox="0 0 1 1"><rect clip-path="u\\72l(https://evil.example/c.svg#c)"/></svg>', /may not use CSS escapes or image functions/],
		['<svg viewBox="0 0 1 1"><rect mask="image-set(\'https://evil.example/m.png\' 1x)"/></svg>', /may not use CSS escapes or image functions/],
		['<svg viewBox="0 0 1 1"><rect mask="-webkit-image-set(\'https://evil.example/m.png\' 1x)"/></svg>', /may not use CSS escapes or image functions/],
		['<!DOCTYPE svg [<!ENTITY x "y">]><svg viewBox="0 0 1 1"></svg>', /DOCTYPE/],
		['<svg viewBox="0 0 1 1"></svg><svg viewBox="0 0 1 1"></svg>', /exactly one <svg>/],
		['<svg width="10"></svg>', /needs a viewBox/],
		['<p>hello</p>', /exactly one <svg>/],
	])('refuses %s', (source, message) => {
		expect(() => safeSvg(source, 'logo.light')).toThrow(message);
	});

	it('writes logos as well-formed, namespace-correct XML, as served in /brand/logo.svg and /favicon.svg', () => {
		// Parses as HTML (the lenient reading the check uses) but not as XML if serialised HTML-style: an undeclared xlink: prefix.
		const source =
			'<svg viewBox="0 0 10 10"><title>A &amp; B &lt;c&gt; "q"</title><defs><path id="p" d="M0 0h10"/></defs><use xlink:href="#p" fill="url(#g)"/><text x="1" y="5" font-family="a &quot;b&quot;">x&nbsp;y</text></svg>';
		const out = safeSvg(source, 'logo');
		expect(wellFormedXmlProblems(out)).toEqual([]);
		expect(out).toContain('<use fill="url(#g)" href="#p">');
		expect(out).toContain('<title>A &#x26; B &#x3C;c> "q"</title>');
		for (const logo of [brand.logo.light, brand.logo.dark, brand.logo.icon]) expect(wellFormedXmlProblems(logo)).toEqual([]);
		// The check itself can fail: the HTML-style output of an undeclared prefix is refused.
		expect(wellFormedXmlProblems('<svg xmlns="http://www.w3.org/2000/svg"><use xlink:href="#p"></use></svg>')).not.toEqual([]);
	});

	it('refuses a footer link that a browser would read as another site (/\\evil.example)', () => {
		expect(() => parseBrand({ ...demoBrand, links: { ...demoBrand.links, privacy: '/\\evil.example/x' } }, locales)).toThrow(/links\.privacy/);
	});

	it('refuses footer links with whitespace or control characters, which browsers strip (/\t/evil.example is //evil.example)', () => {
		for (const privacy of ['/\t/evil.example/', '/\n/evil.example/', 'https://user:pw@evil.example/', 'https://a.example/\tx'])
			expect(() => parseBrand({ ...demoBrand, links: { ...demoBrand.links, privacy } }, locales), JSON.stringify(privacy)).toThrow(/links\.privacy/);
	});

	it('has a starter brand (written by npm run init -- --empty) that the schema accepts and that names nothing of the demo', async () => {
		// Imported by a computed path: its type imports resolve only once it is copied into src/, so tsc must not follow it here.
		const starterFile = new URL('../../scripts/starter/src/brand.config.ts', import.meta.url).href;
		const starterBrand = ((await import(/* @vite-ignore */ starterFile)) as { default: Parameters<typeof parseBrand>[0] }).default;
		expect(() => parseBrand(starterBrand, locales)).not.toThrow();
		const text = JSON.stringify(starterBrand);
		for (const locale of locales) {
			for (const demoWord of [demoBrand.company[locale], demoBrand.name[locale]]) expect(text, demoWord).not.toContain(demoWord);
		}
		expect(text).not.toMatch(/bazarak/i);
	});

	it('accepts only an https origin (http for localhost), with no credentials, path, query or fragment', () => {
		for (const origin of ['https://help.example.com', 'https://help.example.com/', 'http://localhost:4321', 'http://127.0.0.1:8080'])
			expect(() => parseBrand({ ...demoBrand, origin }, locales), origin).not.toThrow();
		for (const origin of [
			'javascript:alert(1)',
			'data:text/html,x',
			'ftp://help.example.com',
			'http://help.example.com',
			'https://user:pw@help.example.com',
			'https://help.example.com/help',
			'https://help.example.com?x=1',
			'https://help.example.com#top',
			'https://help.example.com\\@evil.example',
			'https://help.ex ample.com',
			'help.example.com',
			'https://help.example.com.',
			'https://help.example.com:0',
		])
			expect(() => parseBrand({ ...demoBrand, origin }, locales), origin).toThrow(/origin: /);
	});

	it('names the key and file of a logo it refuses', () => {
		expect(() => parseBrand({ ...demoBrand, logo: { light: 'tests/fixtures/brand/unsafe-logo.svg' } }, locales)).toThrow(
			/logo\.light \(tests\/fixtures\/brand\/unsafe-logo\.svg\): <script> is not allowed/,
		);
		expect(() => parseBrand({ ...demoBrand, logo: { light: '../outside.svg' } }, locales)).toThrow(/logo\.light: must be the path of an \.svg file inside the project/);
	});
});
