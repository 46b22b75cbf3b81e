import { ButtonStyle, ComponentType, MessageFlags } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import {
	type ActionRow,
	allowedMentions,
	choices,
	LIMITS,
	reply,
	toMessageBody,
	truncate,
	withoutEmbeds,
} from '../../src/render/reply.js';

const x = (n: number, c = 'x') => c.repeat(n);
const button = (i: number, label = `b${i}`) => ({
	type: ComponentType.Button as const,
	style: ButtonStyle.Secondary as const,
	label,
	custom_id: `id:${i}`,
});

describe('truncate', () => {
	it('keeps text at or under the limit unchanged', () => {
		expect(truncate('abc', 3)).toBe('abc');
		expect(truncate('', 3)).toBe('');
	});

	it('cuts longer text to exactly the limit, ending with an ellipsis', () => {
		expect(truncate('abcdef', 4)).toBe('abc…');
		expect(truncate(x(5000), 4096)).toBe(`${x(4095)}…`);
		expect(truncate('abcdef', 1)).toBe('…');
		expect(truncate('abcdef', 0)).toBe('');
	});

	it('drops trailing white space before the ellipsis', () => {
		expect(truncate('one two three', 5)).toBe('one…');
	});

	it('never splits a surrogate pair', () => {
		const cut = truncate(`abc😀def`, 5);
		expect(cut).toBe('abc…');
		expect(cut.length).toBeLessThanOrEqual(5);
	});

	it('never leaves a lone escape backslash to escape the ellipsis', () => {
		expect(truncate('ab\\*cdef', 4)).toBe('ab…');
		expect(truncate('a\\\\*cdef', 4)).toBe('a\\\\…');
	});
});

describe('reply(): every body the bot sends', () => {
	it('disables every mention and marks private replies ephemeral', () => {
		expect(reply({ content: 'hi', ephemeral: true })).toEqual({
			content: 'hi',
			allowed_mentions: { parse: [] },
			flags: MessageFlags.Ephemeral,
		});
		expect(reply({ content: 'hi', ephemeral: false })).toEqual({ content: 'hi', allowed_mentions: { parse: [] } });
		expect(reply({ content: 'hi' })).toEqual({ content: 'hi', allowed_mentions: { parse: [] } });
	});

	it('cuts the content to 2000 characters', () => {
		expect(reply({ content: x(2500) }).content).toBe(`${x(1999)}…`);
	});

	it('cuts every embed field to its limit', () => {
		const data = reply({
			embeds: [
				{
					title: x(300),
					description: x(3000),
					author: { name: x(300) },
					footer: { text: x(100) },
					fields: Array.from({ length: 30 }, (_, i) => ({ name: i === 0 ? x(300, '0') : `n${i}`, value: x(20) })),
				},
			],
		});
		const embed = data.embeds?.[0];
		expect(embed?.title).toBe(`${x(255)}…`);
		expect(embed?.author?.name).toBe(`${x(255)}…`);
		expect(embed?.description).toBe(x(3000));
		expect(embed?.fields).toHaveLength(LIMITS.embedFields);
		expect(embed?.fields?.[0]).toEqual({ name: `${x(255, '0')}…`, value: x(20) });
	});

	it('cuts a description to 4096, a field value to 1024 and a footer to 2048', () => {
		const embed = reply({
			embeds: [{ description: x(5000), fields: [{ name: 'n', value: x(2000) }], footer: { text: x(3000) } }],
		}).embeds?.[0];
		// 4096 + 1024 + 2048 + 1 > 6000: the description is shortened further to fit the total.
		expect(embed?.fields?.[0]?.value).toBe(`${x(1023)}…`);
		expect(embed?.footer?.text).toBe(`${x(2047)}…`);
		expect(embed?.description).toBe(`${x(6000 - 1 - 1024 - 2048 - 1)}…`);
	});

	it('keeps all embeds together within 6000 characters and at most 10 embeds', () => {
		const data = reply({ embeds: Array.from({ length: 12 }, () => ({ title: 't', description: x(1000) })) });
		expect(data.embeds).toHaveLength(10);
		const total = (data.embeds ?? []).reduce((n, e) => n + (e.title?.length ?? 0) + (e.description?.length ?? 0), 0);
		expect(total).toBeLessThanOrEqual(6000);
		expect(total).toBeGreaterThan(5900);
	});

	it('keeps at most 5 rows of at most 5 buttons, labels of 80 and custom ids of 100', () => {
		const rows: ActionRow[] = Array.from({ length: 7 }, (_, r) => ({
			type: ComponentType.ActionRow,
			components: Array.from({ length: 7 }, (_, i) => button(r * 10 + i)),
		}));
		rows[0] = {
			type: ComponentType.ActionRow,
			components: [{ ...button(0, x(100)), custom_id: x(150, 'c') }],
		};
		const data = reply({ components: rows });
		expect(data.components).toHaveLength(5);
		expect(data.components?.[1]).toMatchObject({ components: Array.from({ length: 5 }, () => expect.anything()) });
		expect(data.components?.[0]).toEqual({
			type: ComponentType.ActionRow,
			components: [{ type: 2, style: 2, label: `${x(79)}…`, custom_id: x(100, 'c') }],
		});
	});

	it('keeps at most 25 select options, labels, values and descriptions of 100, a placeholder of 150', () => {
		const data = reply({
			components: [
				{
					type: ComponentType.ActionRow,
					components: [
						{
							type: ComponentType.StringSelect,
							custom_id: 'sel',
							placeholder: x(200),
							options: Array.from({ length: 30 }, (_, i) => ({
								label: x(120),
								value: `${i}-${x(120)}`,
								description: x(120),
							})),
						},
					],
				},
			],
		});
		const select = (data.components?.[0] as ActionRow | undefined)?.components[0] as {
			placeholder: string;
			options: { label: string; value: string; description: string }[];
		};
		expect(select.placeholder).toBe(`${x(149)}…`);
		expect(select.options).toHaveLength(25);
		expect(select.options[3]).toEqual({ label: `${x(99)}…`, value: `3-${x(98)}`, description: `${x(99)}…` });
	});
});

describe('Autocomplete choices', () => {
	it('keeps at most 25, names and values cut to 100, without duplicates', () => {
		const items = [
			{ name: 'same', value: 'a' },
			{ name: 'same', value: 'b' },
			...Array.from({ length: 40 }, (_, i) => ({ name: `${i} ${x(150)}`, value: `${i}${x(150)}` })),
		];
		const out = choices(items);
		expect(out).toHaveLength(25);
		expect(out[0]).toEqual({ name: 'same', value: 'a' });
		expect(out[1]).toEqual({ name: `0 ${x(97)}…`, value: `0${x(99)}` });
		for (const c of out) {
			expect(c.name.length).toBeLessThanOrEqual(100);
			expect(c.value.length).toBeLessThanOrEqual(100);
		}
	});
});

describe('Who a reply may notify', () => {
	it('nobody by default; exactly the users named; never @everyone, roles or other users', () => {
		expect(allowedMentions()).toEqual({ parse: [] });
		expect(reply({ content: '<@1> hi', mentions: { users: ['1', '1'] } }).allowed_mentions).toEqual({
			parse: [],
			users: ['1'],
		});
		expect(reply({ content: 'hi', mentions: { users: [] } }).allowed_mentions).toEqual({ parse: [] });
	});
});

describe('The same reply as a channel message', () => {
	it('drops the interaction flags and replies to the message, notifying its author, without failing if it is gone', () => {
		expect(toMessageBody(reply({ content: 'hi', ephemeral: true }), '42')).toEqual({
			content: 'hi',
			allowed_mentions: { parse: [], replied_user: true },
			message_reference: { message_id: '42', fail_if_not_exists: false },
		});
	});

	it('without a message to reply to (a DM sent instead), it notifies nobody but the users named', () => {
		expect(toMessageBody(reply({ content: '<@7> hi', mentions: { users: ['7'] } }))).toEqual({
			content: '<@7> hi',
			allowed_mentions: { parse: [], users: ['7'] },
		});
	});

	it('turns embeds into plain text where the bot may not embed links', () => {
		const body = toMessageBody(
			reply({
				embeds: [{ title: 'T', description: 'D', fields: [{ name: 'N', value: 'V' }], footer: { text: 'F' } }],
				components: [{ type: ComponentType.ActionRow, components: [button(1)] }],
			}),
		);
		expect(withoutEmbeds(body)).toEqual({
			content: '**T**\n\nD\n\n**N**: V\n\n-# F',
			components: [{ type: ComponentType.ActionRow, components: [button(1)] }],
			allowed_mentions: { parse: [] },
		});
	});
});
