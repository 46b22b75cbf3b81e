/**
 * The first sentence of an answer, as plain text for a message's content (what notifications and reply previews
 * show). Abbreviations ("Aug. 22", "U.S.", "Mr.") and decimals do not end a sentence; Korean and Japanese
 * sentences end at "." or "。" followed by a space or the end.
 */

const ABBREVIATION =
	/(?:^|[\s(“"])(?:[A-Z]\.){1,3}$|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|No|Gen|Col|Lt|Sgt|Rep|Sen|Gov|Pres|Prof|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$/;

export function firstSentence(text: string, max = 300): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	// Latin punctuation ends a sentence before a space; the Japanese full stop anywhere.
	const end = /[.!?](?:[”’")\]]*)(?=\s|$)|[。！？](?:[」』”’)]*)/g;
	for (let match = end.exec(clean); match; match = end.exec(clean)) {
		const upto = clean.slice(0, match.index + match[0].length);
		const next = clean.slice(match.index + match[0].length).trimStart();
		if (match[0].startsWith('.') && ABBREVIATION.test(upto.replace(/[”’")\]]+$/, ''))) continue;
		// "It said no. 2 things": a lowercase word or a digit after a period continues the sentence in English.
		if (match[0].startsWith('.') && /^[a-z0-9]/.test(next)) continue;
		return cut(upto, max);
	}
	return cut(clean, max);
}

function cut(text: string, max: number): string {
	if (text.length <= max) return text;
	const slice = text.slice(0, max - 1);
	const space = slice.lastIndexOf(' ');
	return `${(space > max / 2 ? slice.slice(0, space) : slice).trimEnd()}…`;
}
