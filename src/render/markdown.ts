/** Discord markdown helpers. Discord treats a backslash before any ASCII punctuation as an escape. */

/** The characters that start or end Discord markdown, mentions, timestamps or links. */
const SPECIAL = /[\\*_~`|>#[\]()<@:-]/g;

/**
 * Escapes user text so it shows literally: no formatting, no headings, lists or quotes, no mention, emoji or
 * timestamp syntax, no masked links; `@everyone` shows as text. Line breaks are kept.
 */
export function escapeMarkdown(text: string): string {
	return text
		.replace(SPECIAL, (c) => `\\${c}`)
		.replace(/^(\s*\d+)\./gm, '$1\\.')
		.replace(/^(\s*)\+(\s)/gm, '$1\\+$2');
}

/** Reverses escapeMarkdown (for reading our own text back, e.g. the question on a rated answer). */
export function unescapeMarkdown(text: string): string {
	return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** Formats `text` as a block quote, every line prefixed so multi-line text stays inside it. */
export function blockQuote(text: string): string {
	return text
		.split(/\r?\n/)
		.map((line) => `> ${line}`)
		.join('\n');
}
