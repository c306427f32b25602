import { describe, expect, it } from 'vitest';
import { renderBody } from '../../src/features/content/body';
import { serviceStatusPlaceholder } from '../../src/features/content/render';
import { isUnsafeAttributeUrl, isUnsafeUrl } from '../../src/features/content/url-policy';
import { t } from '../../src/core/i18n';
import type { Locale } from '../../src/site.config';

/** The renderer in-process: exact markup for each construct, as the Astro components wrote it. */
const render = (body: string, locale: Locale = 'fa') => renderBody(body, { file: `src/content/articles/${locale}/x.mdx`, bodyLine: 1, locale });
const alert =
	'<svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false" class="icon icon-alert"><path d="M12 3l10 18H2zM12 10v5M12 18v.5"></path></svg>';
const info =
	'<svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false" class="icon icon-info"><path d="M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20zM12 11v6M12 7v.5"></path></svg>';

describe('components', () => {
	it('renders a Callout with its title, or the localised label of its type, and the icon', () => {
		expect(render('<Callout type="warning" title="دوباره پرداخت نکنید">متن **مهم**.</Callout>').html).toBe(
			`<aside class="callout callout-warning" aria-label="دوباره پرداخت نکنید"><p class="callout-title">${alert}<span>دوباره پرداخت نکنید</span></p><div class="callout-body">متن <strong>مهم</strong>.</div></aside>`,
		);
		expect(render('<Callout>\n\nOne.\n\nTwo.\n\n</Callout>', 'en').html).toBe(
			`<aside class="callout callout-info" aria-label="${t('en', 'article.calloutInfo')}"><p class="callout-title">${info}<span>${t('en', 'article.calloutInfo')}</span></p><div class="callout-body"><p>One.</p>\n<p>Two.</p></div></aside>`,
		);
		expect(render('<Callout type="danger">x</Callout>', 'ar').html).toContain(`aria-label="${t('ar', 'article.calloutDanger')}"`);
	});

	it('renders Steps around the numbered list', () => {
		expect(render('<Steps>\n\n1. a\n2. b\n\n</Steps>', 'en').html).toBe('<div class="steps"><ol>\n<li>a</li>\n<li>b</li>\n</ol></div>');
	});

	it('renders a Question as details/summary, open when asked, with the question as plain text', () => {
		expect(render('<Question q="<b>چرا؟</b>" open>\n\nچون.\n\n</Question>').html).toBe(
			'<details class="question" open><summary>&#x3C;b>چرا؟&#x3C;/b></summary><div class="answer"><p>چون.</p></div></details>',
		);
		expect(render('<Question q="Why?">Because.</Question>', 'en').html).toBe('<details class="question"><summary>Why?</summary><div class="answer">Because.</div></details>');
	});

	it('renders ServiceStatus as the placeholder the page fills, and records the id', () => {
		const rendered = render('a\n\n<ServiceStatus id="payment-gateway" />\n\nb', 'en');
		expect(rendered.html).toBe('<p>a</p>\n<bayan-service-status service="payment-gateway"></bayan-service-status>\n<p>b</p>');
		expect(rendered.serviceStatusIds).toEqual(['payment-gateway']);
		expect([...rendered.html.matchAll(serviceStatusPlaceholder)].map((match) => match[1])).toEqual(['payment-gateway']);
	});

	it('keeps allowed HTML elements with their checked attributes', () => {
		expect(render('<details open><summary>s</summary>t</details>\n\nPress <kbd>Ctrl</kbd> <a href="https://x.example" title="t">l</a>', 'en').html).toBe(
			'<details open><summary>s</summary>t</details>\n<p>Press <kbd>Ctrl</kbd> <a href="https://x.example" title="t">l</a></p>',
		);
	});
});

describe('Latin isolation (fa, ar)', () => {
	it('isolates Latin runs, marks code LTR, and leaves English pages and generated text alone', () => {
		expect(render('حداکثر 12 kg و `BZ-1` در [https://bazarak.example/track](https://bazarak.example/track).').html).toBe(
			'<p>حداکثر <span dir="ltr" lang="en">12 kg</span> و <code dir="ltr">BZ-1</code> در <a href="https://bazarak.example/track"><span dir="ltr" lang="en">https://bazarak.example/track</span></a>.</p>',
		);
		expect(render('Up to 12 kg and `BZ-1`.', 'en').html).toBe('<p>Up to 12 kg and <code>BZ-1</code>.</p>');
		expect(render('<Question q="iOS 18؟">بله iOS 18.</Question>').html).toBe(
			'<details class="question"><summary>iOS 18؟</summary><div class="answer">بله <span dir="ltr" lang="en">iOS 18</span>.</div></details>',
		);
		expect(render('متن <span dir="rtl">abc</span>').html).toBe('<p>متن <span dir="rtl">abc</span></p>');
	});
});

describe('headings', () => {
	it('gives headings github-slugger ids, h2/h3 an anchor with a hidden label, and lists them for the TOC', () => {
		const rendered = render('## پیگیری در وب‌سایت iOS\n\n### جزئیات\n\n#### ریزتر\n\n## جزئیات');
		const label = t('fa', 'article.anchorLabel');
		expect(rendered.html).toBe(
			[
				`<div class="heading-wrap heading-wrap-h2"><h2 id="پیگیری-در-وبسایت-ios">پیگیری در وب‌سایت <span dir="ltr" lang="en">iOS</span></h2><a class="heading-anchor" href="#پیگیری-در-وبسایت-ios" data-heading-anchor><span aria-hidden="true">#</span><span class="visually-hidden">${label}: پیگیری در وب‌سایت iOS</span></a></div>`,
				`<div class="heading-wrap heading-wrap-h3"><h3 id="جزئیات">جزئیات</h3><a class="heading-anchor" href="#جزئیات" data-heading-anchor><span aria-hidden="true">#</span><span class="visually-hidden">${label}: جزئیات</span></a></div>`,
				'<h4 id="ریزتر">ریزتر</h4>',
				`<div class="heading-wrap heading-wrap-h2"><h2 id="جزئیات-1">جزئیات</h2><a class="heading-anchor" href="#جزئیات-1" data-heading-anchor><span aria-hidden="true">#</span><span class="visually-hidden">${label}: جزئیات</span></a></div>`,
			].join('\n'),
		);
		expect(rendered.headings).toEqual([
			{ depth: 2, slug: 'پیگیری-در-وبسایت-ios', text: 'پیگیری در وب‌سایت iOS' },
			{ depth: 3, slug: 'جزئیات', text: 'جزئیات' },
			{ depth: 4, slug: 'ریزتر', text: 'ریزتر' },
			{ depth: 2, slug: 'جزئیات-1', text: 'جزئیات' },
		]);
	});
});

describe('FAQ', () => {
	const faqBody = 'مقدمه.\n\n<Question q="نشانی را عوض کنم؟">\n\nبله، تا پیش از **ارسال** و [پیگیری](/fa/).\n\n</Question>\n\n<Question q="هزینه دارد؟">خیر.</Question>';

	it('gives questions and answers as plain text, with no markup', () => {
		expect(render(faqBody).faq).toEqual([
			{ question: 'نشانی را عوض کنم؟', answer: 'بله، تا پیش از ارسال و پیگیری.' },
			{ question: 'هزینه دارد؟', answer: 'خیر.' },
		]);
		const hostile = render('<Question q="</script><script>alert(1)</script>">\n\n`</script>` <b>x</b>\n\n</Question>\n\n<Question q="b">c</Question>').faq!;
		expect(hostile[0]).toEqual({ question: '</script><script>alert(1)</script>', answer: '</script> x' });
	});

	it('is an FAQ only when the questions carry most of the text', () => {
		expect(render(`${'متن طولانی راهنما. '.repeat(40)}\n\n${faqBody}`).faq).toBeUndefined();
		expect(render('<Question q="one">only one</Question>').faq).toBeUndefined();
	});
});

describe('Markdown links and images with unsafe schemes', () => {
	it('keep their text and lose the link or source', () => {
		expect(render('[click](javascript:alert(1)) [ok](https://x.example) ![img](javascript:x) [d](data:text/html,x) [r][j]\n\n[j]: vbscript:x', 'en').html).toBe(
			'<p><a>click</a> <a href="https://x.example">ok</a> <img alt="img"> <a>d</a> <a>r</a></p>',
		);
	});

	it('decide by scheme after what browsers strip', () => {
		for (const url of ['javascript:x', ' JaVaScRiPt:x', 'jav\tascript:x', '\u0001javascript:x', 'data:text/html,x', 'blob:x']) expect(isUnsafeUrl(url), JSON.stringify(url)).toBe(true);
		for (const url of ['https://x.example', '/fa/', '#a', '?q', 'mailto:a@b.example', 'tel:+98', 'data:image/png;base64,AA']) expect(isUnsafeUrl(url), url).toBe(false);
		expect(isUnsafeAttributeUrl('data:image/png;base64,AA')).toBe(true);
		expect(isUnsafeAttributeUrl('&#106;avascript:x')).toBe(true);
	});
});

describe('Markdown', () => {
	it('renders tables, quotes, code and smart punctuation as the MDX pipeline did', () => {
		expect(render('> "quote" isn\'t\n\n| a |\n| - |\n| 1 |\n\n```js\n<script>\n```', 'en').html).toBe(
			'<blockquote>\n<p>“quote” isn’t</p>\n</blockquote>\n<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n</tr>\n</tbody>\n</table>\n<pre><code class="language-js">&#x3C;script>\n</code></pre>',
		);
	});
});
