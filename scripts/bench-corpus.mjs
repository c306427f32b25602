/**
 * The synthetic corpus `npm run bench` builds: articles, notices and incidents in every
 * locale, generated from a seed so that two trees (before and after a change) get the very
 * same files, byte for byte.
 *
 * Realistic enough to cost what real content costs: articles of 400–700 words with h2/h3
 * headings, lists, Markdown links, bold text and the editor components (`<Callout>`,
 * `<Steps>` around an ordered list, `<Question>`); Persian and Arabic text drawn from a
 * vocabulary of a few thousand words per locale with a Zipf distribution (a few real
 * function and domain words, the rest pseudo-words built from the locale's letters; no
 * text is copied from anywhere). Valid under the strict content rules: instants quoted
 * with an offset, dates `YYYY-MM-DD`, refs decimal integers, lower-case kebab slugs, no
 * YAML anchors. One notice and one incident per 50 articles.
 */

export const locales = ['fa', 'ar', 'en'];

/** Real words, most frequent first: function words, then the help centre's own domain words. */
const seedWords = {
	fa: {
		function: 'و در به از که را این با برای است می‌شود آن یا تا اگر هم شما ما هر'.split(' '),
		domain: 'سفارش ارسال پرداخت شعبه کیف‌پول بازگشت وجه پیگیری هزینه نوبت ساعت تحویل مرجوعی کارت بانکی پشتیبانی حساب کاربری رمز اپلیکیشن تخفیف بسته‌بندی پیامک پیک'.split(' '),
	},
	ar: {
		function: 'في من على إلى أن عن هذا مع أو لا ما إذا قد التي الذي كل ثم بعد'.split(' '),
		domain: 'الطلب التوصيل الدفع الفرع المحفظة استرداد الأموال التتبع الرسوم حجز موعد ساعات العمل التسليم الإرجاع البطاقة الدعم الحساب كلمة المرور التطبيق الخصم التغليف الفاتورة'.split(' '),
	},
	en: {
		function: 'the of and to a in is you your for it on that with can be or if this we'.split(' '),
		domain: 'order delivery payment branch wallet refund tracking fee booking opening hours handover return bank card support account password app discount packaging invoice courier'.split(' '),
	},
};

const letters = {
	fa: { consonants: 'ب پ ت ج چ خ د ر ز ژ س ش ف ق ک گ ل م ن ه ح ع ص ط ز'.split(' '), vowels: ['ا', 'و', 'ی', '', '', ''] },
	ar: { consonants: 'ب ت ث ج ح خ د ذ ر ز س ش ص ض ط ظ ع غ ف ق ك ل م ن ه'.split(' '), vowels: ['ا', 'و', 'ي', '', '', ''] },
	en: { consonants: 'b c d f g h k l m n p r s t v w br ch cl dr gr pl sh st th tr'.split(' '), vowels: 'a e i o u a e i o ea ou ai'.split(' ') },
};

const digits = { fa: '۰۱۲۳۴۵۶۷۸۹', ar: '٠١٢٣٤٥٦٧٨٩', en: '0123456789' };
const stop = { fa: '.', ar: '.', en: '.' };
const comma = { fa: '،', ar: '،', en: ',' };
const questionMark = { fa: '؟', ar: '؟', en: '?' };

/** A small, fast, seedable generator (mulberry32). */
export function rng(...parts) {
	let h = 2166136261;
	for (const char of parts.join('\u0000')) h = Math.imul(h ^ char.codePointAt(0), 16777619);
	let state = h >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
	};
}

const pick = (random, list) => list[Math.floor(random() * list.length)];
const between = (random, low, high) => low + Math.floor(random() * (high - low + 1));

function pseudoWord(locale, random) {
	const { consonants, vowels } = letters[locale];
	const syllables = between(random, 1, locale === 'en' ? 3 : 2);
	let word = '';
	for (let s = 0; s < syllables; s += 1) {
		word += pick(random, consonants) + pick(random, vowels);
		if (random() < 0.5) word += pick(random, consonants);
	}
	if (locale === 'fa') {
		const affix = random();
		if (affix < 0.1) word = `${word}\u200cها`;
		else if (affix < 0.16) word = `می\u200c${word}`;
		else if (affix < 0.24) word = `${word}ی`;
	} else if (locale === 'ar') {
		if (random() < 0.35) word = `ال${word}`;
		if (random() < 0.12) word = `${word}ة`;
	}
	return word;
}

/**
 * A vocabulary of `size` words for `locale`, in rank order: real function words first,
 * then domain words (so searches for them find something), then pseudo-words.
 */
export function vocabulary(locale, size = 3000, seed = 1) {
	const random = rng('vocabulary', seed, locale);
	const words = [...seedWords[locale].function];
	const seen = new Set(words);
	const domain = [...seedWords[locale].domain];
	while (words.length < size) {
		// Domain words among the first few hundred ranks, as in a real help centre.
		const word = domain.length && random() < 0.15 ? domain.shift() : pseudoWord(locale, random);
		if (word.length < 2 || seen.has(word)) continue;
		seen.add(word);
		words.push(word);
	}
	return words;
}

/** Draws words from a vocabulary with Zipf's law (rank r has weight 1 / r^s). */
export function zipf(words, s = 1.05) {
	const cumulative = [];
	let total = 0;
	for (let rank = 1; rank <= words.length; rank += 1) cumulative.push((total += 1 / rank ** s));
	return (random) => {
		const target = random() * total;
		let low = 0;
		let high = cumulative.length - 1;
		while (low < high) {
			const mid = (low + high) >> 1;
			if (cumulative[mid] < target) low = mid + 1;
			else high = mid;
		}
		return words[low];
	};
}

const number = (locale, value) => String(value).replace(/\d/g, (d) => digits[locale][Number(d)]);

/** Writes text for one locale; every piece of text comes through here. */
class Writer {
	constructor(locale, draw, random) {
		this.locale = locale;
		this.draw = draw;
		this.random = random;
		this.words = 0;
	}

	phrase(count) {
		const out = [];
		for (let i = 0; i < count; i += 1) {
			if (i > 0 && this.random() < 0.03) out.push(number(this.locale, between(this.random, 2, 72)));
			else out.push(this.draw(this.random));
		}
		this.words += out.length;
		return out.join(' ');
	}

	title(count) {
		const text = this.phrase(count);
		return this.locale === 'en' ? text[0].toUpperCase() + text.slice(1) : text;
	}

	sentence(low = 8, high = 20, end = stop[this.locale], plain = false) {
		const count = between(this.random, low, high);
		let text = this.phrase(count);
		if (count > 10 && this.random() < 0.5) {
			const parts = text.split(' ');
			parts[between(this.random, 3, parts.length - 4)] += comma[this.locale];
			text = parts.join(' ');
		}
		if (!plain && this.random() < 0.15) {
			// Bold one word, as editors do for interface labels.
			const parts = text.split(' ');
			const at = between(this.random, 1, parts.length - 2);
			if (!/[،,]$/.test(parts[at])) parts[at] = `**${parts[at]}**`;
			text = parts.join(' ');
		}
		return (this.locale === 'en' ? text[0].toUpperCase() + text.slice(1) : text) + end;
	}

	paragraph(targetWords) {
		const sentences = [];
		const start = this.words;
		while (this.words - start < targetWords) sentences.push(this.sentence());
		return sentences.join(' ');
	}
}

/** Counts the words a reader sees in a Markdown/MDX body (tags and markup left out). */
export function countWords(body) {
	return body
		.replace(/<\/?[A-Za-z][^>]*>/g, ' ')
		.replace(/\]\([^)]*\)/g, ' ')
		.replace(/[#*\-[\]]|\d+\./g, ' ')
		.split(/\s+/)
		.filter(Boolean).length;
}

const pad = (value) => String(value).padStart(2, '0');
const isoDate = (date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
/** An instant in Tehran time, written with its offset. `date` holds the Tehran wall clock in its UTC fields. */
const instant = (date) => `"${isoDate(date)}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:00+03:30"`;
const yamlString = (text) => JSON.stringify(text);
const yamlList = (items) => `[${items.join(', ')}]`;

function article({ locale, n, count, seed, categories, writer, random }) {
	const ref = 1000 + n;
	const target = between(random, 430, 660);
	const others = (k) => {
		const set = new Set();
		while (set.size < Math.min(k, count - 1)) {
			const other = between(random, 1, count);
			if (other !== n) set.add(other);
		}
		return [...set];
	};
	const related = others(between(random, 1, 3));
	const links = others(3);
	const link = (other) => {
		const text = writer.phrase(between(random, 2, 4));
		return random() < 0.6 ? `[${text}](/${locale}/go/${1000 + other}/)` : `[${text}](/${locale}/articles/synthetic-article-${other}/)`;
	};
	const updated = new Date(Date.UTC(2025, 0, 1) + between(random, 0, 690) * 86400000);
	const title = `${writer.title(between(random, 4, 8))} ${number(locale, ref)}`;
	const summary = writer.sentence(12, 22, stop[locale], true);
	const tags = Array.from({ length: between(random, 1, 3) }, () => writer.phrase(between(random, 1, 2)));
	writer.words = 0;

	const sections = between(random, 3, 5);
	const blocks = [writer.paragraph(between(random, 30, 50))];
	// Which section carries which component; every article has each of them.
	const stepsAt = between(random, 0, sections - 1);
	const listAt = (stepsAt + 1) % sections;
	const calloutAt = between(random, 0, sections - 1);
	const h3At = between(random, 0, sections - 1);
	const linkParagraphs = new Set([between(random, 0, sections - 1), between(random, 0, sections - 1), between(random, 0, sections - 1)]);
	for (let section = 0; section < sections; section += 1) {
		const budget = (target - 40) / sections - 6;
		const start = writer.words;
		blocks.push(`## ${writer.title(between(random, 3, 6))}`);
		const withLink = (text) => {
			if (!linkParagraphs.has(section) || !links.length) return text;
			linkParagraphs.delete(section);
			const sentences = text.split(/(?<=[.؟?]) /);
			sentences.splice(between(random, 0, sentences.length), 0, `${writer.sentence(4, 8, '')} ${link(links.pop())}${stop[locale]}`);
			return sentences.join(' ');
		};
		blocks.push(withLink(writer.paragraph(between(random, 25, 45))));
		if (section === stepsAt) {
			const items = Array.from({ length: between(random, 3, 5) }, (_, i) => `${i + 1}. ${writer.sentence(6, 14)}`);
			blocks.push(`<Steps>\n\n${items.join('\n')}\n\n</Steps>`);
		}
		if (section === listAt) {
			blocks.push(Array.from({ length: between(random, 3, 5) }, () => `- ${writer.sentence(4, 12)}`).join('\n'));
		}
		if (section === h3At) {
			blocks.push(`### ${writer.title(between(random, 3, 5))}`);
			blocks.push(writer.paragraph(between(random, 20, 35)));
		}
		if (section === calloutAt) {
			blocks.push(`<Callout type="info">${writer.sentence(10, 18)} ${writer.sentence(6, 12)}</Callout>`);
		}
		if (section === sections - 1) {
			for (let q = between(random, 1, 2); q > 0; q -= 1) {
				blocks.push(`<Question q="${writer.sentence(5, 10, questionMark[locale], true)}">${writer.sentence(10, 22)}</Question>`);
			}
		}
		const left = budget - (writer.words - start);
		if (left > 15) blocks.push(withLink(writer.paragraph(left)));
	}
	const body = blocks.join('\n\n');
	const frontmatter = [
		`title: ${yamlString(title)}`,
		`summary: ${yamlString(summary)}`,
		`category: ${categories[(ref + seed) % categories.length]}`,
		`updated: ${isoDate(updated)}`,
		`ref: ${ref}`,
		`tags: ${yamlList(tags.map(yamlString))}`,
		`related: ${yamlList(related.map((other) => `synthetic-article-${other}`))}`,
	];
	return `---\n${frontmatter.join('\n')}\n---\n\n${body}\n`;
}

const noticeKinds = ['delay', 'general', 'safety', 'stock', 'outage', 'hours-change'];

/** The facts of a notice, the same in every locale (translations must agree on them). */
function noticeFacts(n, seed, count, ids) {
	const random = rng('notice', seed, n);
	const kind = noticeKinds[n % noticeKinds.length];
	// One in eight is current at the demo clock (2026-11-22), the rest are in the archive.
	const current = n % 8 === 1;
	const startDay = current ? Date.UTC(2026, 10, 20) : Date.UTC(2025, 0, 5) + between(random, 0, 660) * 86400000;
	const start = new Date(startDay + between(random, 7, 18) * 3600000);
	const end = new Date(start.getTime() + between(random, current ? 5 : 1, current ? 8 : 5) * 86400000 + between(random, 0, 6) * 3600000);
	const related = [...new Set([between(random, 1, count), between(random, 1, count)])].map((other) => `synthetic-article-${other}`);
	const facts = {
		kind,
		severity: current ? 'info' : pick(random, ['info', 'info', 'warning', 'warning', 'critical']),
		start,
		end,
		services: ids.services.length ? [pick(random, ids.services)] : [],
		regions: ids.regions.length && random() < 0.6 ? [pick(random, ids.regions)] : [],
		related,
	};
	if (kind === 'hours-change' && ids.channels.length) {
		const from = new Date(start.getTime() + 86400000);
		facts.hours = { from: isoDate(from), to: isoDate(new Date(from.getTime() + between(random, 0, 2) * 86400000)), channel: pick(random, ids.channels) };
	} else if (kind === 'hours-change') {
		facts.kind = 'general';
	}
	return facts;
}

function notice(locale, facts, writer, random) {
	const lines = [
		`title: ${yamlString(writer.title(between(random, 5, 9)))}`,
		`summary: ${yamlString(writer.sentence(12, 24, stop[locale], true))}`,
		`kind: ${facts.kind}`,
		`severity: ${facts.severity}`,
		`start: ${instant(facts.start)}`,
		`end: ${instant(facts.end)}`,
	];
	if (facts.services.length) lines.push(`services: ${yamlList(facts.services)}`);
	if (facts.regions.length) lines.push(`regions: ${yamlList(facts.regions)}`);
	lines.push(`related: ${yamlList(facts.related)}`);
	if (facts.hours) lines.push(`hours:\n  from: ${facts.hours.from}\n  to: ${facts.hours.to}\n  channels:\n    ${facts.hours.channel}: closed`);
	const list = Array.from({ length: between(random, 2, 4) }, () => `- ${writer.sentence(6, 14)}`).join('\n');
	return `---\n${lines.join('\n')}\n---\n\n${writer.paragraph(between(random, 35, 60))}\n\n${list}\n\n${writer.paragraph(between(random, 20, 40))}\n`;
}

/** The facts of an incident or maintenance, the same in every locale. */
function incidentFacts(n, seed, ids) {
	const random = rng('incident', seed, n);
	const maintenance = n % 5 === 0;
	const day = Date.UTC(2025, 0, 5) + between(random, 0, 650) * 86400000;
	const services = [...new Set([pick(random, ids.services), pick(random, ids.services)])];
	if (maintenance) {
		const start = new Date(day + between(random, 1, 3) * 3600000);
		const end = new Date(start.getTime() + between(random, 1, 3) * 3600000);
		return {
			kind: 'maintenance',
			impact: 'none',
			affected: services.map((service) => ({ service, status: 'under_maintenance' })),
			window: { start, end },
			updates: [
				{ at: new Date(start.getTime() - between(random, 3, 7) * 86400000), status: 'scheduled' },
				{ at: start, status: 'in_progress' },
				{ at: new Date(end.getTime() - between(random, 0, 20) * 60000), status: 'completed' },
			],
		};
	}
	let at = day + between(random, 7, 22) * 3600000;
	const updates = ['investigating', 'identified', 'monitoring', 'resolved'].map((status) => {
		const update = { at: new Date(at), status };
		at += between(random, 10, 90) * 60000;
		return update;
	});
	return {
		kind: 'incident',
		impact: pick(random, ['minor', 'minor', 'major', 'critical']),
		affected: services.map((service) => ({ service, status: pick(random, ['degraded_performance', 'partial_outage', 'major_outage']) })),
		updates,
	};
}

function incident(facts, writer, random) {
	const lines = [`title: ${yamlString(writer.title(between(random, 4, 8)))}`, `kind: ${facts.kind}`, `impact: ${facts.impact}`, 'affected:'];
	for (const entry of facts.affected) lines.push(`  - service: ${entry.service}`, `    status: ${entry.status}`);
	if (facts.window) lines.push('window:', `  start: ${instant(facts.window.start)}`, `  end: ${instant(facts.window.end)}`);
	lines.push('updates:');
	for (const update of facts.updates) {
		lines.push(
			`  - at: ${instant(update.at)}`,
			`    status: ${update.status}`,
			`    text: ${yamlString(`${writer.sentence(8, 16, stop[writer.locale], true)} ${writer.sentence(6, 14, stop[writer.locale], true)}`)}`,
		);
	}
	return `---\n${lines.join('\n')}\n---\n`;
}

/**
 * The whole corpus for `count` articles per locale, as a map from a path relative to the
 * project to the file's text. `ids` holds the categories, services, regions and channels it
 * may refer to (pass the ones both trees have, so the same corpus is valid in both).
 */
export function corpus(count, { seed = 1, ids }) {
	const files = new Map();
	const categories = [...ids.categories].sort();
	const sorted = { services: [...ids.services].sort(), regions: [...ids.regions].sort(), channels: [...ids.channels].sort() };
	const extras = Math.max(1, Math.round(count / 50));
	for (const locale of locales) {
		const draw = zipf(vocabulary(locale, 3000, seed));
		for (let n = 1; n <= count; n += 1) {
			// Redraw the rare article that lands outside 400–700 words (deterministically).
			for (let attempt = 0; ; attempt += 1) {
				const random = rng('article', seed, locale, n, attempt);
				const text = article({ locale, n, count, seed, categories, writer: new Writer(locale, draw, random), random });
				const words = countWords(text.slice(text.indexOf('\n---\n') + 5));
				if ((words >= 400 && words <= 700) || attempt === 20) {
					files.set(`src/content/articles/${locale}/synthetic-article-${n}.mdx`, text);
					break;
				}
			}
		}
		for (let n = 1; n <= extras; n += 1) {
			const random = rng('notice-text', seed, locale, n);
			files.set(`src/content/notices/${locale}/synthetic-notice-${n}.mdx`, notice(locale, noticeFacts(n, seed, count, sorted), new Writer(locale, draw, random), random));
			if (sorted.services.length) {
				const textRandom = rng('incident-text', seed, locale, n);
				files.set(`src/content/incidents/${locale}/synthetic-incident-${n}.mdx`, incident(incidentFacts(n, seed, sorted), new Writer(locale, draw, textRandom), textRandom));
			}
		}
	}
	return files;
}
