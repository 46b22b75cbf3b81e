/**
 * Every command, option and choice carries Korean and Japanese names and descriptions, by Discord's rules (the
 * registry validates them at load; here they are checked to be all there, and distinct), and the deploy body holds
 * them.
 */
import { describe, expect, it, vi } from 'vitest';
import { registry } from '../../commands/index.js';
import { deployBody, main } from '../../src/deploy.js';
import { ja, ko } from '../../src/i18n/index.js';
import { CHAT_NAME, DISCORD_LOCALES, validateCommand } from '../../src/interactions/registry.js';

type Localized = {
	type?: number;
	name: string;
	description?: string;
	name_localizations?: Record<string, string>;
	description_localizations?: Record<string, string>;
	options?: (Localized & { choices?: Localized[] })[];
};

/** Every command, option and choice, with where it is. */
function walk(
	items: Localized[],
	where = '',
): { where: string; item: Localized; kind: 'command' | 'option' | 'choice' }[] {
	return items.flatMap((item) => {
		const here = `${where}${item.name}`;
		const kind = where === '' ? 'command' : 'option';
		return [
			{ where: here, item, kind },
			...walk(item.options ?? [], `${here} > `),
			...((item as { choices?: Localized[] }).choices ?? []).map((c) => ({
				where: `${here} > choice ${c.name}`,
				item: c,
				kind: 'choice' as const,
			})),
		];
	});
}

describe('Command localizations', () => {
	const definitions = registry.definitions() as unknown as Localized[];
	const all = walk(definitions);

	it('every command, option and choice has a ko and a ja name, and a description where it has one', () => {
		const missing: string[] = [];
		for (const { where, item } of all) {
			for (const locale of ['ko', 'ja']) {
				if (!item.name_localizations?.[locale]) missing.push(`${where}: name ${locale}`);
				if (item.description !== undefined && !item.description_localizations?.[locale])
					missing.push(`${where}: description ${locale}`);
			}
		}
		expect(missing).toEqual([]);
		expect(all.length).toBeGreaterThanOrEqual(10);
	});

	it('the names follow Discord’s rules and are unique per locale where Discord requires it', () => {
		for (const { where, item } of all) {
			for (const [locale, name] of Object.entries(item.name_localizations ?? {})) {
				expect(DISCORD_LOCALES.has(locale), where).toBe(true);
				if ((item.type ?? 1) === 1 && !where.includes('choice')) {
					expect(CHAT_NAME.test(name), `${where} ${locale} "${name}"`).toBe(true);
					expect(name, `${where} ${locale}`).toBe(name.toLowerCase());
				} else expect(name.length).toBeLessThanOrEqual(32);
			}
			for (const description of Object.values(item.description_localizations ?? {})) {
				expect(description.length).toBeGreaterThanOrEqual(1);
				expect(description.length).toBeLessThanOrEqual(100);
			}
		}
		for (const locale of ['ko', 'ja']) {
			for (const type of [1, 3]) {
				const names = definitions.filter((d) => (d.type ?? 1) === type).map((d) => d.name_localizations?.[locale]);
				expect(new Set(names).size, `${locale} type ${type}`).toBe(names.length);
			}
		}
		registry.commands.forEach((c, i) => {
			expect(validateCommand(c, `commands[${i}]`)).toEqual([]);
		});
	});

	it('use the strings modules: /ask is "/질문" and "/質問", its question option "내용" and "内容"', () => {
		const ask = definitions.find((d) => d.name === 'ask');
		expect(ask?.name_localizations).toEqual({ ko: ko.commands.ask.name, ja: ja.commands.ask.name });
		expect(ask?.name_localizations).toEqual({ ko: '질문', ja: '質問' });
		expect(ask?.options?.[0]?.name_localizations).toEqual({ ko: '내용', ja: '内容' });
		const menu = definitions.find((d) => d.name === 'Answer publicly');
		expect(menu?.name_localizations).toEqual({ ko: '공개적으로 답하기', ja: '公開で回答' });
	});

	it('npm run deploy -- --dry-run prints them, for a global and for a server deploy', async () => {
		const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
		try {
			for (const args of [['--dry-run'], ['--dry-run', '--guild', '1200000000000000001']]) {
				let text = '';
				const out = {
					write: (chunk: string) => {
						text += chunk;
						return true;
					},
				} as unknown as NodeJS.WritableStream;
				expect(await main(args, {}, out)).toBe(0);
				const body = JSON.parse(text) as Localized[];
				expect(body).toEqual(deployBody(registry, args.length > 1 ? 'guild' : 'global'));
				expect(walk(body).every(({ item }) => item.name_localizations?.ko && item.name_localizations?.ja)).toBe(true);
				expect(text).toContain('"ko": "2019년 한국의 지소미아(GSOMIA) 종료에 대해 질문합니다"');
				expect(text).toContain('"ja": "2019年の韓国によるGSOMIA破棄について質問します"');
			}
		} finally {
			err.mockRestore();
		}
	});
});
