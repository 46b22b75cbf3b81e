/**
 * An English word list (the `word-list` package, 274k words), loaded on first use. A word in it is a real word,
 * not a typo: the engine never "corrects" a real word into a word of the facts ("city" stays "city", not "cite").
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let words: Set<string> | undefined;

function load(): Set<string> {
	try {
		return new Set(readFileSync(wordListPath, 'utf8').split('\n'));
	} catch {
		// Without the list every unknown word may be a typo: matching still works, only a little more loosely.
		return new Set();
	}
}

export function isEnglishWord(word: string): boolean {
	words ??= load();
	return words.has(word);
}
