/**
 * An English word list (the `word-list` package, 274k words). A word in it is a real word, not a typo: the
 * engine never "corrects" a real word into a word of the facts ("city" stays "city", not "cite").
 * The file is read once (a few milliseconds) and searched in place by binary search, without building a set.
 * The list is sorted but for two spots ("manlihood", "sharrowed"); those words read as unknown, which only
 * makes them candidates for typo correction.
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let buffer: Buffer | undefined;
const cache = new Map<string, boolean>();
const NEWLINE = 10;

function load(): Buffer {
	try {
		return readFileSync(wordListPath);
	} catch {
		// Without the list every unknown word may be a typo: matching still works, only a little more loosely.
		return Buffer.alloc(0);
	}
}

function search(list: Buffer, word: Buffer): boolean {
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		const start = mid === 0 ? 0 : list.lastIndexOf(NEWLINE, mid - 1) + 1;
		let end = list.indexOf(NEWLINE, start);
		if (end < 0) end = list.length;
		const cmp = Buffer.compare(list.subarray(start, end), word);
		if (cmp === 0) return true;
		if (cmp < 0) lo = end + 1;
		else hi = start;
	}
	return false;
}

/** No word of the list is longer; a longer "word" is not looked up or remembered (memory stays bounded). */
const LONGEST_WORD = 45;

export function isEnglishWord(word: string): boolean {
	if (word.length > LONGEST_WORD) return false;
	const known = cache.get(word);
	if (known !== undefined) return known;
	buffer ??= load();
	const found = word.length > 0 && /^[a-z]+$/.test(word) && search(buffer, Buffer.from(word));
	if (cache.size > 50_000) cache.clear();
	cache.set(word, found);
	return found;
}
