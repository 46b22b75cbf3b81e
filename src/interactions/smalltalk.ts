/**
 * A message that is only a greeting or thanks ("hi!", "thanks 🙏", "안녕하세요", "ありがとう"): in a server it gets a
 * reaction instead of an answer, so the channel stays quiet. Anything with a question in it is not small talk.
 */

const GREETINGS = [
	'hi',
	'hii',
	'hiya',
	'hello',
	'hello there',
	'hey',
	'hey there',
	'heya',
	'yo',
	'howdy',
	'good morning',
	'good afternoon',
	'good evening',
	'greetings',
	'gm',
	'hi bot',
	'hello bot',
	'hey bot',
	'안녕',
	'안녕하세요',
	'안녕하십니까',
	'하이',
	'こんにちは',
	'こんばんは',
	'おはよう',
	'おはようございます',
	'やあ',
	'はじめまして',
];

const THANKS = [
	'thanks',
	'thank you',
	'thanks a lot',
	'thank you so much',
	'thanks so much',
	'many thanks',
	'thx',
	'thnx',
	'ty',
	'tysm',
	'cheers',
	'much appreciated',
	'appreciated',
	'great thanks',
	'ok thanks',
	'okay thanks',
	'thanks bot',
	'thank you bot',
	'고마워',
	'고마워요',
	'고맙습니다',
	'감사',
	'감사해요',
	'감사합니다',
	'ありがとう',
	'ありがとうございます',
	'ありがとうございました',
	'どうもありがとう',
	'サンキュー',
];

function fold(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/<a?:\w+:\d+>/g, ' ')
		.replace(/\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f/gu, ' ')
		.replace(/[^\p{L}\p{N}\s]/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

const greetings = new Set(GREETINGS);
const thanks = new Set(THANKS);

/** 'greeting', 'thanks', or undefined for anything else (a question, or nothing at all). */
export function smallTalk(text: string): 'greeting' | 'thanks' | undefined {
	if (text.includes('?')) return undefined;
	const folded = fold(text);
	if (!folded) {
		// Only emoji: a wave or folded hands is a greeting or thanks too.
		if (/👋/u.test(text)) return 'greeting';
		if (/🙏|❤️|💙|👍/u.test(text)) return 'thanks';
		return undefined;
	}
	if (greetings.has(folded)) return 'greeting';
	if (thanks.has(folded)) return 'thanks';
	return undefined;
}
