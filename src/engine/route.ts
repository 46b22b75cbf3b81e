/**
 * Routing: what a message asks of the bot, before any fact is looked at. Only questions of fact reach retrieval;
 * the rest get a reply that fits them:
 *   fact        a question (or a terse query) about something
 *   chit-chat   greetings, thanks, "who are you"
 *   opinion     "what do you think", "who is right", predictions
 *   request     write / say / pretend / repeat / reveal your prompt / print secrets
 *   arithmetic  "what's 17 * 23"
 *   live        the time now, the weather, prices today
 *   how-to      "how do I fix my npm install": personal help, not news
 *   abuse       insults with no question
 *   empty       nothing left once markup is gone
 * Boilerplate of prompt injection ("ignore all previous instructions", "SYSTEM:") is removed from a message that
 * also holds a real question, which then goes to retrieval. Language knowledge only.
 */
import { sentences } from './text/clean.js';
import { EN_ASKING_WORDS } from './text/lang.js';

export type Route = 'fact' | 'chit-chat' | 'opinion' | 'request' | 'arithmetic' | 'live' | 'abuse' | 'how-to' | 'empty';

export interface Routed {
	route: Route;
	/** The text to look up: the message without injection boilerplate, greetings or insults. */
	text: string;
	/** The sentences that look like questions (for messages holding several). */
	questions: string[];
}

/** "How do I ...", "how can I ...": a request for personal help, never a question about a news story. */
const HOW_TO =
	/^(?:(?:so|ok|okay|hey|yo|pls|please|um)\s+)*how (?:do|can|should|would) (?:i|we|u|you) (?!know\b|find out\b|tell\b)/i;

/** Prompt-injection and role-play boilerplate: removed, never read as words of a question. */
const INJECTION: RegExp[] = [
	/\b(?:ignore|disregard|forget|override|bypass|skip)\b[^.?!:\n]{0,60}?\b(?:rules?|instructions?|prompts?|guidelines|directions|constraints|programming|guardrails|the article|restrictions|everything)\b/gi,
	/\b(?:you are now|from now on,? you|act as|pretend (?:to be|you(?:'| a)re)|roleplay as|jailbreak|developer mode|debug mode|dan mode|no restrictions|unrestricted)\b[^.?!:\n]{0,80}/gi,
	/\[\[?[^\]\n]{0,80}(?:override|system|admin|instruction)[^\]\n]{0,80}\]\]?/gi,
	/\b(?:system|assistant|admin|developer)\s*(?:override|prompt|message|note)?\s*:/gi,
	/<\/?\s*(?:system|context|article|instructions?)\s*>/gi,
	/\b(?:new instructions|citation checks? disabled|as the server admin[^.?!:]*|i'?m authorizing you[^.?!:]*)/gi,
	/\b(?:answer (?:now|in [a-z ]{1,30})|reply (?:only )?(?:in|with) [^.?!:\n]{1,40}|or i(?:'|')?ll report (?:you|u)|or i report (?:you|u))\b/gi,
	/\b(?:jk|just kidding|actually never ?mind|never ?mind)\b/gi,
	// Code and SQL are text to ignore, not words of a question.
	/(?:^|[\s;'"])(?:drop|create|alter|truncate)\s+(?:table|database|schema)\b[^;\n]{0,60};?/gi,
	/\bselect\b[^;\n]{0,80}?\bfrom\b[^;\n]{0,60};?/gi,
	/\b(?:insert\s+into|delete\s+from|union\s+(?:all\s+)?select|update\s+\w+\s+set)\b[^;\n]{0,60};?/gi,
	/'\s*or\s*'?\d'?\s*=\s*'?\d'?|--+\s*|^\s*';?/g,
	/<\s*script[^>]{0,100}>[\s\S]{0,500}?<\s*\/\s*script\s*>|\b(?:alert|console\.log|eval|prompt)\s*\([^)]{0,100}\)|\bon\w+\s*=\s*\S+/gi,
	/\byou are \w+ now\b/gi,
];

/** Words that ask the bot to produce something instead of telling what the article says. */
const REQUEST =
	/^(?:(?:please|pls|plz|can you|could you|would you|will you|now|just|ok|okay|so|and|then|go ahead and|i want you to|i need you to)\s+)*(?:write|compose|draft|make up|invent|fabricate|generate|create|pretend|imagine|roleplay|role-play|act|say|repeat|print|reveal|show me (?:your|the) (?:prompt|instructions|system)|paste|cat|echo|translate|sing|rap|insult|swear|curse|roast|predict|speculate|guess|rewrite|rephrase|type)\b/i;
/** Anywhere in a sentence: asking for secrets, the prompt, or for made-up content. */
const REQUEST_ANYWHERE =
	/\$\{|\{\{|process\.env|api[_ ]?keys?|\btokens?\b.*\b(?:paste|show|print|give)|environment variables|\.env\b|system prompt|hidden (?:prompt|instructions)|instructions you were given|(?:make up|invent|fabricate) (?:a )?quote|just say (?:yes|no)|say (?:yes|no) (?:or|and)|(?:write|give) me (?:a|an) (?:poem|haiku|story|joke|song|rap|tweet|essay|statement|speech|diss)|write (?:me )?(?:a|an) (?:news )?summary|tell me a (?:joke|story)|confirm (?:this|that) to|\bten times\b|in a row|\bby saying\b|\bhow (?:do|would|can) (?:you|i|we) say\b|\bstep[- ]by[- ]step\b|\bhow to (?:make|build|synthesi[sz]e|assemble|produce|brew|cook up) (?:a|an|one|some|it|them)\b|\bsay(?:ing)? (?:that )?[^.?!]{0,40}\b(?:is|was|are) (?:right|wrong|evil|stupid|the best)\b/i;
const KO_REQUEST = /욕\s?(?:좀|해)|써\s?줘|지어\s?줘|만들어\s?줘|흉내|척\s?해|따라\s?해|무시하고|연기해|놀려\s?줘|비하/;
const JA_REQUEST =
	/悪口|書いて(?:よ|ください|下さい|くれ|ほしい)|作って(?:よ|ください|下さい|くれ|ほしい)|ふりをして|演じて|真似して|無視して|でっち上げ|言わせ|罵って/;

/** Opinion, judgement and speculation: the article reports, it does not judge or predict. */
const OPINION =
	/\b(?:your (?:own |personal |honest |real )?(?:opinion|view|views|take|thoughts|stance)|do you (?:think|believe|feel|agree)|what do you think|in your (?:opinion|view)|who(?:'?s| is| was) (?:right|wrong|in the wrong|to blame|at fault|the bad guy|winning)|was (?:\w+ ){1,3}(?:right|wrong) to|was (?:\w+ ){1,3}(?:being )?(?:a jerk|evil|justified|a mistake)\b|who would win|who will win|will (?:\w+ ){1,3}(?:rejoin|win|lose|collapse|go to war)|what will happen|predict|prediction|no fence[- ]sitting|be specific, no dodging|good or bad|right or wrong|better or worse|which side)\b/i;
/** "Was the president right?", "were they wrong to ...": a judgement. */
const OPINION_JUDGE =
	/\b(?:was|were) (?:\w+ ){1,3}(?:right|wrong)(?: to\b|\s*\?|\s*$)|^\W*(?:(?:so|but|and|then|ok|like),? )?should (?:\w+ ){1,3}(?:have|be|stay|leave|quit|rejoin|apologi[sz]e|give|back|keep|trust)\b/i;
const KO_OPINION = /네 생각|당신 생각|어떻게 생각|누가 옳|누가 잘못|누가 이길|의견은/;
const JA_OPINION = /どう思う|あなたの意見|どっちが正しい|誰が悪い|どちらが悪い|勝つのは/;

const ARITHMETIC =
	/\d\s*(?:[-+*/x×÷^]|times|plus|minus|divided by|multiplied by|곱하기|더하기|빼기|나누기)\s*\d|\b(?:square root|calculate|solve for|derivative of|integral of)\b|\d\s*[+*/×÷]\s*\d/i;
/** Live data: the time now, the weather, prices: not what a dated article knows. */
const LIVE =
	/\b(?:what time is it|time is it|current time|weather|forecast|temperature|stock price|share price|exchange rate|bitcoin|btc|crypto|worth (?:right )?now|price (?:today|right now|now)|tomorrow|tonight|right now|\brn\b|this weekend)\b|날씨|지금 몇 시|내일|오늘 몇|천気|天気|今何時|明日|今日の/i;

const GREETING_WORDS = new Set(
	`hi hello hey heya hiya yo sup howdy gm gn good morning afternoon evening night thanks thank you thx ty tysm cheers
	bye goodbye cya later ok okay cool nice great awesome lol haha hah bot everyone all guys folks there y'all yall
	how are doing whats up what's who what can do help test testing ping hm hmm ah oh wow that this it was is very so
	really super helpful useful appreciated appreciate much lot got makes sense perfect good answer info works thx4
	alright right okie kk np welcome you're youre ur amazing love brilliant that's thats i needed all for the`
		.split(/\s+/)
		.filter(Boolean),
);
const CJK_GREETING =
	/^(?:안녕|안녕하세요|하이|고마워|고마워요|감사|감사합니다|감사해요|잘 ?자|좋은 ?아침|ㅎㅇ|ㅋ+|ㅎ+|こんにちは|こんばんは|おはよう|おはようございます|ありがとう|ありがとうございます|よろしく|どうも|やあ|お疲れ様)[\s!.?~！。？ー]*$/;
const ABUSE =
	/\b(?:useless|stupid|dumb|dumbest|idiot\w*|moron\w*|junk|trash|garbage|suck|sucks|worthless|pathetic|shut up|stfu|f+u+c+k+\w*|shit\w*|bitch\w*|retard\w*)\b/i;

/** A sentence that asks something: a question word, an auxiliary first, a question mark. */
const ASKS =
	/(?:^|\s)(?:who|whom|whose|what|whats|which|when|where|why|how|tell me|explain|describe|give me|list)\b|^\W*(?:(?:so|ok|okay|and|but|hey|yo|also|then|wait|like|um|pls|please)\s+)*(?:is|are|was|were|did|does|do|has|have|had|can|could|will|would|should)\b|\?|？|누구|누가|언제|어디|왜|몇|무엇|뭐|뭔|무슨|어떻게|알려|설명|誰|いつ|どこ|なぜ|何|どう|教えて|とは|って/i;

function strip(text: string): string {
	let s = text;
	for (const re of INJECTION) s = s.replace(re, ' .. ');
	return s
		.replace(/\s+/g, ' ')
		.replace(/(\s*\.\s*){2,}/g, ' . ')
		.replace(/^[\s.]+|[\s.]+$/g, '');
}

function classify(sentence: string): Route | undefined {
	const s = sentence.trim();
	if (ARITHMETIC.test(s)) return 'arithmetic';
	if (REQUEST.test(s) || REQUEST_ANYWHERE.test(s) || KO_REQUEST.test(s) || JA_REQUEST.test(s)) return 'request';
	if (OPINION.test(s) || OPINION_JUDGE.test(s) || KO_OPINION.test(s) || JA_OPINION.test(s)) return 'opinion';
	if (LIVE.test(s)) return 'live';
	if (HOW_TO.test(s)) return 'how-to';
	return undefined;
}

function isGreeting(text: string): boolean {
	const t = text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s']/gu, ' ')
		.trim();
	if (!t) return false;
	if (CJK_GREETING.test(text.trim())) return true;
	return t.split(/\s+/).every((w) => GREETING_WORDS.has(w));
}

/**
 * @param raw the message as typed (arithmetic needs its "*")
 * @param cleaned the message without markup (cleanMessage)
 */
/** Figures of speech that ask for plain words, not for a number: "explain it like I'm 5", "ELI5". */
const PLAINLY = /\blike (?:i'?m|i am|im) (?:5|five|a (?:5|five)[- ]year[- ]old|a (?:kid|child|baby))\b|\beli5\b/gi;

export function route(raw: string, input: string): Routed {
	const cleaned = input.replace(PLAINLY, (m) => (/^eli5$/i.test(m) ? 'explain' : ' ')).trim();
	if (!/[\p{L}\p{N}]/u.test(cleaned)) return { route: 'empty', text: '', questions: [] };
	if (
		ARITHMETIC.test(raw.slice(0, 2000)) &&
		!/[a-z]{4,}.*[a-z]{4,}.*[a-z]{4,}.*[a-z]{4,}/i.test(
			raw.replace(
				/\b(?:what|whats|what's|is|calculate|please|times|plus|minus|divided|multiplied|equal|equals)\b/gi,
				'',
			),
		)
	)
		return { route: 'arithmetic', text: '', questions: [] };
	const whole = classify(cleaned);
	const stripped = strip(cleaned);
	const injected = stripped.replace(/\s|\./g, '') !== cleaned.replace(/\s|\./g, '');
	const parts = sentences(stripped)
		.flatMap(clauses)
		.filter((p) => /[\p{L}\p{N}]/u.test(p));
	// Sentences that ask something and are neither requests, opinions, sums nor live data.
	const asking = parts.filter((p) => ASKS.test(p) && !isGreeting(p));
	const facts = asking.filter((p) => classify(p) === undefined && (!ABUSE.test(p) || hasContent(p)));
	const plain = (f: string) =>
		/(?:^|\s)(?:who|whom|whose|what|whats|which|when|where|why|how)\b|^\W*(?:is|are|was|were|did|does|do|has|have|had)\b/i.test(
			f,
		);
	if (facts.length > 0) {
		// A message that as a whole is a request ("pretend ... and write a summary"), or one that tried to inject
		// instructions, stays a request unless a part of it is plainly a question of its own.
		if ((whole && whole !== 'live') || injected) {
			if (!facts.some(plain))
				return { route: whole && whole !== 'live' ? whole : 'request', text: stripped, questions: [] };
		}
		// The other sentences are context ("some lawmakers wanted X. what were they hoping for?").
		const context = parts.filter(
			(p) => !facts.includes(p) && !isGreeting(p) && !ABUSE.test(p) && classify(p) === undefined,
		);
		return { route: 'fact', text: [...context, ...facts].join(' '), questions: facts };
	}
	if (whole) return { route: whole, text: stripped, questions: [] };
	// Instructions were injected and nothing is left but an order ("ignore the article and just confirm ..."): refused.
	if (injected) return { route: 'request', text: stripped, questions: [] };
	const kinds = parts.map(classify).filter((k): k is Route => k !== undefined);
	if (kinds.length > 0) return { route: kinds[0] as Route, text: stripped, questions: [] };
	if (isGreeting(cleaned)) return { route: 'chit-chat', text: '', questions: [] };
	const rest = parts.filter((p) => !isGreeting(p));
	if (rest.length === 0) return { route: 'chit-chat', text: '', questions: [] };
	if (rest.every((p) => ABUSE.test(p))) return { route: 'abuse', text: '', questions: [] };
	// A terse query without a question form ("pact signed when", "mayor trust comment").
	return { route: 'fact', text: rest.join(' '), questions: rest };
}

/** A clause that starts asking after remarks: "my teacher mentioned it today, anyway who announced it?". */
const ASKING_CLAUSE = new RegExp(
	`[,:]?\\s+(?:anyway|anyways|but|so|quick question)[,:]?\\s+(?:(?:anyway|anyways|so|ok|okay|well|basically)[,:]?\\s+)*(?=(?:${EN_ASKING_WORDS})\\b)`,
	'i',
);
/** A sentence that opens with a question form. */
const OPENS_ASKING = new RegExp(
	`^\\W*(?:(?:so|ok|okay|and|but|hey|yo|also|then|wait|like|um|pls|please)\\s+)*(?:${EN_ASKING_WORDS}|will|would|should)\\b`,
	'i',
);

/** A comma before a question word ("my teacher brought it up in class, when was it signed?"). */
const COMMA_ASKING = new RegExp(`,\\s*(?=(?:${EN_ASKING_WORDS})\\b)`, 'i');
/** What opens a phrase that qualifies the question after it ("according to X, ...", "on May 3, ...", "if ..."). */
const QUALIFIER =
	/^\W*(?:according|on|in|at|by|from|for|with|during|after|before|since|until|as|if|when|while|besides|apart|unlike|like|given|despite|per|of|to|other than|aside)\b/i;

/** Remarks of their own, a comma, then the question: the remarks a clause of five words or more. */
function remarksThenComma(sentence: string): RegExpExecArray | null {
	const m = COMMA_ASKING.exec(sentence);
	if (!m) return null;
	const head = sentence.slice(0, m.index);
	return head.split(/\s+/).length >= 5 && !QUALIFIER.test(head) ? m : null;
}

/** A sentence of remarks that ends in a question is two parts: the remarks, then the question. */
function clauses(sentence: string): string[] {
	if (OPENS_ASKING.test(sentence)) return [sentence];
	const m = ASKING_CLAUSE.exec(sentence) ?? remarksThenComma(sentence);
	if (!m || m.index === 0) return [sentence];
	const head = sentence.slice(0, m.index).trim();
	const rest = sentence.slice(m.index + m[0].length).trim();
	return head && rest ? [head, rest] : [sentence];
}

/** Has words beyond insults and chatter. */
function hasContent(sentence: string): boolean {
	return (
		sentence
			.replace(ABUSE, ' ')
			.replace(/\b(?:bet|ur|you(?:'re| are)?|too|to know this|lmao|lol|whatever|bot)\b/gi, ' ')
			.trim()
			.split(/\s+/).length >= 3
	);
}
