/**
 * The one reply helper. Every message body the bot sends (interaction responses, DM and mention replies) is built
 * here: every field is cut to Discord's limits with an ellipsis, and mentions are disabled (`parse: []`), so no
 * question can make the bot ping anyone. The only exceptions are explicit: one named user (an answer given for
 * them) and the author of the message replied to (`replied_user`).
 */
import {
	type APIActionRowComponent,
	type APIAllowedMentions,
	type APIApplicationCommandOptionChoice,
	type APIButtonComponent,
	type APIComponentInMessageActionRow,
	type APIEmbed,
	type APIInteractionResponseCallbackData,
	type APISelectMenuComponent,
	type APISelectMenuOption,
	ComponentType,
	MessageFlags,
	type RESTPostAPIChannelMessageJSONBody,
} from 'discord-api-types/v10';

/** Discord's limits, in characters (counted here in UTF-16 code units, which is never fewer). */
export const LIMITS = {
	content: 2000,
	embeds: 10,
	embedTitle: 256,
	embedDescription: 4096,
	embedFields: 25,
	fieldName: 256,
	fieldValue: 1024,
	footerText: 2048,
	authorName: 256,
	/** Sum of title, description, field names and values, footer text and author name over all embeds. */
	embedTotal: 6000,
	actionRows: 5,
	buttonsPerRow: 5,
	buttonLabel: 80,
	customId: 100,
	selectOptions: 25,
	selectOptionLabel: 100,
	selectOptionValue: 100,
	selectOptionDescription: 100,
	selectPlaceholder: 150,
	choices: 25,
	choiceName: 100,
	choiceValue: 100,
} as const;

export const ELLIPSIS = '…';

/** The allowed_mentions of every message that notifies nobody. */
export const NO_MENTIONS = { parse: [] as [] };

export interface Mentions {
	/** The users this message may notify (their mention must also be in the content). */
	users?: string[];
	/** A reply notifies the author of the message it replies to. */
	repliedUser?: boolean;
}

/** allowed_mentions naming exactly who may be notified; `parse` always empty (no @everyone, roles or others). */
export function allowedMentions(mentions: Mentions = {}): APIAllowedMentions {
	const out: APIAllowedMentions = { parse: [] };
	if (mentions.users && mentions.users.length > 0) out.users = [...new Set(mentions.users)].slice(0, 100);
	if (mentions.repliedUser) out.replied_user = true;
	return out;
}

/**
 * Cuts `text` to at most `max` characters, ending with an ellipsis when cut. Never splits a surrogate pair and
 * never leaves a dangling escape backslash before the ellipsis.
 */
export function truncate(text: string, max: number): string {
	if (text.length <= max) return text;
	if (max <= 0) return '';
	if (max === 1) return ELLIPSIS;
	let cut = text.slice(0, max - 1);
	const last = cut.charCodeAt(cut.length - 1);
	if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
	// An odd run of trailing backslashes would escape the ellipsis: drop one.
	const slashes = /\\+$/.exec(cut)?.[0].length ?? 0;
	if (slashes % 2 === 1) cut = cut.slice(0, -1);
	return `${cut.trimEnd()}${ELLIPSIS}`;
}

/** Cuts an identifier (custom_id, option value) without an ellipsis: it is read by code, not people. */
function clipId(id: string, max: number): string {
	return id.length <= max ? id : id.slice(0, max);
}

function embedSize(e: APIEmbed): number {
	return (
		(e.title?.length ?? 0) +
		(e.description?.length ?? 0) +
		(e.footer?.text.length ?? 0) +
		(e.author?.name.length ?? 0) +
		(e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
	);
}

function clipEmbed(e: APIEmbed): APIEmbed {
	const out: APIEmbed = { ...e };
	if (out.title !== undefined) out.title = truncate(out.title, LIMITS.embedTitle);
	if (out.description !== undefined) out.description = truncate(out.description, LIMITS.embedDescription);
	if (out.footer) out.footer = { ...out.footer, text: truncate(out.footer.text, LIMITS.footerText) };
	if (out.author) out.author = { ...out.author, name: truncate(out.author.name, LIMITS.authorName) };
	if (out.fields) {
		out.fields = out.fields.slice(0, LIMITS.embedFields).map((f) => ({
			...f,
			name: truncate(f.name, LIMITS.fieldName),
			value: truncate(f.value, LIMITS.fieldValue),
		}));
	}
	return out;
}

/** Keeps the sum over all embeds within 6000 characters by shortening the longest descriptions first. */
function fitTotal(embeds: APIEmbed[]): APIEmbed[] {
	let over = embeds.reduce((n, e) => n + embedSize(e), 0) - LIMITS.embedTotal;
	if (over <= 0) return embeds;
	const out = embeds.map((e) => ({ ...e }));
	const order = out.map((e, i) => ({ i, len: e.description?.length ?? 0 })).sort((a, b) => b.len - a.len);
	for (const { i } of order) {
		const e = out[i];
		if (!e?.description || over <= 0) continue;
		const keep = Math.max(0, e.description.length - over);
		const cut = keep === 0 ? '' : truncate(e.description, keep);
		over -= e.description.length - cut.length;
		e.description = cut || undefined;
		if (!e.description) delete e.description;
	}
	// Still over (huge fields): drop trailing fields, then trailing embeds.
	for (let i = out.length - 1; i >= 0 && over > 0; i--) {
		const e = out[i] as APIEmbed;
		while (over > 0 && e.fields && e.fields.length > 0) {
			const f = e.fields.pop() as { name: string; value: string };
			over -= f.name.length + f.value.length;
		}
		if (over > 0) {
			over -= embedSize(e);
			out.splice(i, 1);
		}
	}
	return out;
}

function clipOption(o: APISelectMenuOption): APISelectMenuOption {
	const out: APISelectMenuOption = {
		...o,
		label: truncate(o.label, LIMITS.selectOptionLabel),
		value: clipId(o.value, LIMITS.selectOptionValue),
	};
	if (o.description !== undefined) out.description = truncate(o.description, LIMITS.selectOptionDescription);
	return out;
}

function clipComponent(c: APIComponentInMessageActionRow): APIComponentInMessageActionRow {
	if (c.type === ComponentType.Button) {
		const b: APIButtonComponent = { ...c };
		if ('label' in b && b.label !== undefined) b.label = truncate(b.label, LIMITS.buttonLabel);
		if ('custom_id' in b) b.custom_id = clipId(b.custom_id, LIMITS.customId);
		return b;
	}
	const s = { ...c } as APISelectMenuComponent;
	s.custom_id = clipId(s.custom_id, LIMITS.customId);
	if (s.placeholder !== undefined) s.placeholder = truncate(s.placeholder, LIMITS.selectPlaceholder);
	if (s.type === ComponentType.StringSelect) s.options = s.options.slice(0, LIMITS.selectOptions).map(clipOption);
	return s;
}

export type ActionRow = APIActionRowComponent<APIComponentInMessageActionRow>;

function clipRows(rows: ActionRow[]): ActionRow[] {
	return rows
		.slice(0, LIMITS.actionRows)
		.map((row) => {
			const isSelect = row.components.some((c) => c.type !== ComponentType.Button);
			const max = isSelect ? 1 : LIMITS.buttonsPerRow;
			return { ...row, components: row.components.slice(0, max).map(clipComponent) };
		})
		.filter((row) => row.components.length > 0);
}

export interface ReplyInput {
	content?: string;
	embeds?: APIEmbed[];
	components?: ActionRow[];
	/**
	 * true: only the user sees it (flags 64). Otherwise no flags field: a new message is public, and an
	 * UPDATE_MESSAGE keeps the updated message's visibility.
	 */
	ephemeral?: boolean;
	/** Who may be notified. Default: nobody. */
	mentions?: Mentions;
}

/** Builds a message body: clipped to every limit, mentions disabled. */
export function reply(input: ReplyInput): APIInteractionResponseCallbackData {
	const data: APIInteractionResponseCallbackData = {};
	if (input.content !== undefined) data.content = truncate(input.content, LIMITS.content);
	if (input.embeds !== undefined) data.embeds = fitTotal(input.embeds.slice(0, LIMITS.embeds).map(clipEmbed));
	if (input.components !== undefined) data.components = clipRows(input.components);
	data.allowed_mentions = allowedMentions(input.mentions);
	if (input.ephemeral === true) data.flags = MessageFlags.Ephemeral;
	return data;
}

/** Autocomplete choices, clipped to 25 of at most 100 characters, without duplicate names or values. */
export function choices(items: { name: string; value: string }[]): APIApplicationCommandOptionChoice<string>[] {
	const seenNames = new Set<string>();
	const seenValues = new Set<string>();
	const out: APIApplicationCommandOptionChoice<string>[] = [];
	for (const item of items) {
		const name = truncate(item.name, LIMITS.choiceName);
		const value = clipId(item.value, LIMITS.choiceValue);
		if (!name || !value || seenNames.has(name) || seenValues.has(value)) continue;
		seenNames.add(name);
		seenValues.add(value);
		out.push({ name, value });
		if (out.length === LIMITS.choices) break;
	}
	return out;
}

/**
 * The same reply as a channel message (for DMs and mentions): no interaction flags, optionally as a reply to
 * `replyTo` (which may have been deleted meanwhile: then it is sent without the reference) that notifies its
 * author (`replied_user`) and nobody else.
 */
export function toMessageBody(
	data: APIInteractionResponseCallbackData,
	replyTo?: string,
): RESTPostAPIChannelMessageJSONBody {
	const { flags: _flags, allowed_mentions: mentions, ...rest } = data;
	const body: RESTPostAPIChannelMessageJSONBody = {
		...rest,
		allowed_mentions: allowedMentions({ users: mentions?.users, repliedUser: replyTo !== undefined }),
	};
	if (replyTo) body.message_reference = { message_id: replyTo, fail_if_not_exists: false };
	return body;
}

/**
 * The same message without embeds, for a channel where the bot may not embed links: the embed's text becomes the
 * content (title in bold, fields as lines, footer as subtext), cut to the content limit.
 */
export function withoutEmbeds(body: RESTPostAPIChannelMessageJSONBody): RESTPostAPIChannelMessageJSONBody {
	if (!body.embeds || body.embeds.length === 0) return body;
	const parts: string[] = body.content ? [body.content] : [];
	for (const e of body.embeds) {
		if (e.title) parts.push(`**${e.title}**`);
		if (e.description) parts.push(e.description);
		for (const f of e.fields ?? []) parts.push(`**${f.name}**: ${f.value}`);
		if (e.footer?.text) parts.push(`-# ${e.footer.text}`);
	}
	const { embeds: _embeds, ...rest } = body;
	return { ...rest, content: truncate(parts.join('\n\n'), LIMITS.content) };
}
