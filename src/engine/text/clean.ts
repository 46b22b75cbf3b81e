/**
 * Cleaning what people type in Discord into the words they wrote: mentions, custom emoji, timestamps, links,
 * markdown, HTML and invisible characters go; the words inside code spans, link texts and spoilers stay, so a
 * question wrapped in markup is still a question. Pure string functions.
 */

/**
 * The longest text the engine reads. Discord messages hold at most 4,000 characters; a slash command option at
 * most 6,000. Everything up to this length is read, and reading it is linear in its length.
 */
export const MAX_INPUT_LENGTH = 6000;

// Invisible characters (soft hyphen, zero-width, direction marks, variation selectors, BOM), one alternation so
// that no combining mark is silently glued to its neighbour in a character class.
const ZERO_WIDTH =
	/\u00AD|\u034F|\u061C|\u115F|\u1160|\u17B4|\u17B5|\u180E|[\u200B-\u200F]|[\u202A-\u202E]|[\u2060-\u206F]|[\uFE00-\uFE0F]|\uFEFF/gu;
/** Characters that markup, mentions, links or code need: a message without them skips those passes. */
const MARKUP = /[<>[\]`*_~|#@]|:\/\/|www\./;
const EMOJI = /(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|[\u{1F3FB}-\u{1F3FF}]|\u20E3)+/gu;

/** Markup removed, words kept; sentence ends kept (emoji that end a chat sentence become a full stop). */
export function cleanMessage(input: string): string {
	let s = input.slice(0, MAX_INPUT_LENGTH).normalize('NFKC').replace(ZERO_WIDTH, '');
	if (MARKUP.test(s)) {
		s = s
			.replace(/<a?:\w{1,32}:\d{5,25}>/g, ' ') // custom emoji
			.replace(/<(?:@[!&]?|#)\d{5,25}>/g, ' ') // user, role and channel mentions
			.replace(/<\/[\w -]{1,32}:\d{5,25}>/g, ' ') // slash-command mentions
			.replace(/<t:-?\d{1,13}(?::[tTdDfFR])?>/g, ' ') // timestamps
			.replace(/@(?:everyone|here)\b/gi, ' ')
			.replace(/!\[[^\]\n]{0,200}\]\([^)\n]{0,500}\)/g, ' ') // markdown images
			.replace(/\[([^\]\n]{0,200})\]\([^)\n]{0,500}\)/g, '$1') // markdown links keep their text
			.replace(/\b(?:https?|ftp):\/\/\S+/gi, ' ')
			.replace(/\bwww\.\S+/gi, ' ')
			.replace(/<\s*(script|style)[^>]{0,200}>[\s\S]{0,2000}?<\s*\/\s*\1\s*>/gi, ' . ') // code, not words
			.replace(/<\/?[a-z][^>\n]{0,200}>/gi, ' . ') // other HTML tags end a sentence
			.replace(/```[a-z]*\n?/gi, ' . ')
			.replace(/\|\|/g, ' ') // spoilers
			.replace(/^\s*>+\s?/gm, ' ') // block quotes
			.replace(/^\s*#{1,3}\s+(.*)$/gm, '$1.'); // headings end a sentence
	}
	s = s.replace(/[*_~`|#]+/g, ' ');
	// Emoji often end a sentence in chat ("... zoned out 💀 when was it signed"): keep that boundary.
	if (/[^\u0020-\u007E\s]/.test(s)) s = s.replace(EMOJI, ' . ');
	return s
		.replace(/\n+/g, ' . ')
		.replace(/\s+/g, ' ')
		.replace(/(\s*\.\s*){2,}/g, ' . ')
		.replace(/^[\s.]+|[\s.]+$/g, '')
		.trim();
}

/** A piece ending in an abbreviation, an initial or a number's point does not end a sentence. */
const ABBREVIATION_END =
	/(?:\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mr|mrs|ms|dr|st|no|vs|gen|lt|col|sen|rep|gov|prof|jr|sr|etc|approx)|\b[a-z])\.\s*$/i;

/**
 * Splits cleaned text into sentences: at ., ?, ! (not inside numbers or abbreviations such as "Aug." or "U.S."),
 * at the Korean and Japanese full stops and question marks, and at ":" or ";" that end a clause.
 */
export function sentences(cleaned: string): string[] {
	const out: string[] = [];
	const re = /[^.?!。？！;]+(?:[.?!。？！;]+|$)/gu;
	let carry = '';
	const text = cleaned.replace(/;(?!\s)/g, ' ').replace(/:(?=\s)/g, ';');
	for (const match of text.matchAll(re)) {
		const piece = match[0];
		const joined = carry + piece;
		const next = text[(match.index ?? 0) + piece.length] ?? ' ';
		// "Jan. 5", "U.S.", "No. 3", "Mr. Lee", "2.5": not a sentence end.
		const abbreviation = /\d\.\s*$/.test(piece) ? /\d/.test(next) : ABBREVIATION_END.test(piece);
		if (abbreviation && !/[?!]/.test(piece)) {
			carry = joined;
			continue;
		}
		carry = '';
		const t = joined.trim();
		if (t) out.push(t);
	}
	if (carry.trim()) out.push(carry.trim());
	return out;
}
