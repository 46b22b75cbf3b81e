/** The frame parser: what a question asks for and what it names, on the real knowledge base's lexicon. */
import { describe, expect, it } from 'vitest';
import { parseFrame, type QuestionFrame } from '../../src/engine/frame.js';
import { buildIndex } from '../../src/engine/kb-index.js';
import { analyze } from '../../src/engine/text/analyze.js';
import { relativeTimes } from '../../src/engine/text/lang.js';
import { kb } from './helpers.js';

const index = buildIndex(kb);
const frameOf = (q: string): QuestionFrame =>
	parseFrame(analyze(q, index.lexicon), kb.primary.published, (id) => index.entities.get(id)?.kind);

describe('the answer type', () => {
	it.each([
		['Who announced the withdrawal?', 'who'],
		['When was GSOMIA signed?', 'when'],
		['what date does gsomia renew', 'when'],
		["What is GSOMIA's annual renewal date?", 'when'],
		['Where did Kono and Kang meet?', 'where'],
		['In which city did the two foreign ministers talk?', 'where'],
		['Why did South Korea withdraw?', 'why'],
		["What was Japan's reason for the restrictions?", 'why'],
		['How many times did they share intelligence?', 'count'],
		['How much notice is needed?', 'count'],
		['How long did Seoul deliberate?', 'duration'],
		['What did Suga say?', 'said'],
		['How did Japan react?', 'said'],
		['How is GSOMIA renewed?', 'how'],
		['How often is GSOMIA renewed?', 'how'],
		['What is GSOMIA?', 'what'],
		['Which country had been pressuring Seoul?', 'who'],
		['Which news agency reported the regret?', 'who'],
		['What kind of meeting was it?', 'what'],
		["What's the name of the Japanese official?", 'who'],
		['my friend who serves in the army says they barely shared anything. how many times?', 'count'],
		['If Korea had not pulled out, when would it have renewed?', 'when'],
		['GSOMIA破棄を発表したのは誰？', 'who'],
		['通告の期限はいつ？', 'when'],
		['韓国はなぜGSOMIAを破棄したのか', 'why'],
		['지소미아 언제 체결됐어?', 'when'],
		['올해 몇 번 정보를 교환했어?', 'count'],
		['강경화 장관은 뭐라고 했어?', 'said'],
		// "How many days before": a length of time, not a date.
		['협정 파기하려면 며칠 전에 통보해야 해?', 'duration'],
		['破棄するには何日前までに通告しないといけない？', 'duration'],
	])('%j asks %s', (q, type) => {
		expect(frameOf(q).type).toBe(type);
	});
});

describe('yes/no and X or Y', () => {
	it.each([
		['Was GSOMIA signed in 2017?', true],
		['so kang claimed it was unrelated to the US alliance?', false],
		['harris = the US envoy posted to korea, right?', true],
		['Is it true the pact dates from 2016?', true],
		['Who announced it?', false],
	])('%j is yes/no: %s', (q, yesno) => {
		expect(frameOf(q).yesno).toBe(yesno);
	});

	it('reads the alternatives of "X or Y"', () => {
		expect(frameOf('Was GSOMIA signed in Seoul or Tokyo?').choice).toEqual([['@seoul'], ['@tokyo']]);
		expect(frameOf('Was the deadline on Saturday or Sunday?').choice).toEqual([['wd:6'], ['wd:0']]);
		expect(frameOf('Does it renew every year, or does it roll over?').choice).toBeUndefined();
	});
});

describe('names the writer knows', () => {
	it('takes a capitalised rare word for a name, not shouting or a common word', () => {
		expect([...analyze('HEY BOT WAKE UP!!! who is the US ambassador', index.lexicon).proper]).toEqual([]);
		expect([...analyze('Hey, what did Pompeo say to Kang?', index.lexicon).proper]).toEqual(['pompeo', 'kang']);
	});
});

describe('what a question names', () => {
	it('finds the speaker of "what did X say": the last thing named before the verb', () => {
		expect(frameOf('What did Suga say?').speakers).toEqual(['@yoshihide-suga']);
		expect(frameOf("What did Japan's defense ministry say?").speakers).toEqual(['@ministry-of-defense']);
		expect(frameOf('How did Japanese stocks react to the news?').subjectWords).toEqual(['w:stock']);
		expect(frameOf('What did Kim say to Biegun?').speakers).toEqual(['@kim-yu-geun', '@kim-hyun-chong']);
	});

	it('reads what "how many" counts', () => {
		expect(frameOf('How many times did they share intel?').unit).toBe('time');
		expect(frameOf('How many missiles did North Korea fire?')).toMatchObject({ unit: 'missil', unitKey: '#missile' });
		expect(frameOf("How many days' notice is needed?").type).toBe('duration');
		expect(frameOf('How much trade is affected?').measured).toContain('#trade');
	});

	it('knows whom a "who" question asks for', () => {
		expect(frameOf('Who announced it?').whoKind).toBe('any');
		expect(frameOf('Which officials attended?').whoKind).toBe('person');
		expect(frameOf("Who is Japan's defense minister?").roleOf).toEqual({
			country: 'japan',
			role: ['w:defens', '#minister'],
		});
		expect(frameOf('Who told Kang the pact should be kept?').askedSpeaker).toBe(true);
		expect(frameOf('Which Japanese diplomat spoke?').whoKind).toBe('person');
		expect(frameOf('What was the name of the Japanese government official who spoke?').whoKind).toBe('person');
		expect(frameOf("What is the name of Japan's defense minister?").roleOf?.country).toBe('japan');
		expect(frameOf('Which news agency cited a Japanese official?').roleOf).toBeUndefined();
		expect(frameOf('Which news agency reported it?').whoKind).toBe('media');
		expect(frameOf('Which ministry counted the exchanges?').whoKind).toBe('organisation');
		// The possessive is folded away: "which party's lawmakers" (or "which council members") may ask for either.
		expect(frameOf("Which party's lawmakers wanted it scrapped?").whoKind).toBe('any');
		expect(frameOf('Lawmakers from which party wanted it scrapped?').whoKind).toBe('any');
		// Asking to be told is not a yes/no question.
		expect(frameOf("can someone explain what the 'white list' even is").yesno).toBe(false);
		expect(frameOf('can the president scrap it alone?').yesno).toBe(true);
		expect(frameOf('whats the name of japans defence minister').roleOf?.country).toBe('japan');
		// The post names who talked; the question asks for the paper.
		expect(frameOf("Which paper did Japan's ambassador talk to?").roleOf).toBeUndefined();
		// "The two countries" refers; it asks no number.
		expect(frameOf('When did the two countries sign it?').numbers).toEqual([]);
		expect(frameOf('Did they share intel two times?').numbers.map((n) => n.value)).toEqual([2]);
	});

	it('reads relative times against the source date, however they are said', () => {
		for (const q of ['How many exchanges this year?', 'How many exchanges so far in the current year?', '올해 몇 번?'])
			expect(frameOf(q).eventTimes, q).toEqual(['y:2019']);
		expect(relativeTimes('what happened last month')).toEqual(['last-month']);
		expect(relativeTimes('先月と今年')).toEqual(['this-year', 'last-month']);
	});

	it('takes the one named first for the speaker in Korean and Japanese (the one spoken to comes after)', () => {
		expect(frameOf('강경화 장관은 고노 외무상에게 뭐라고 답했어?').speakers).toEqual(['@kang-kyung-wha']);
		expect(frameOf('고노 외무상이 강경화 장관한테 뭐라고 했대?').speakers).toEqual(['@kono-taro']);
		expect(frameOf('河野外相は康京和外相に何を言った？').speakers).toEqual(['@kono-taro']);
	});

	it('reads the event a question is measured from', () => {
		expect(frameOf('What did Abe say after Seoul announced the withdrawal?').relativeTo).toEqual({
			relation: 'after',
			phrase: 'seoul announced the withdrawal',
		});
		expect(frameOf('How did Suga respond once the decision was announced?').relativeTo?.relation).toBe('after');
		expect(frameOf('What did Kono say before the decision?').relativeTo?.relation).toBe('before');
		expect(frameOf('Is it renewed once a year?').relativeTo).toBeUndefined();
		// Responding to something comes after it.
		expect(frameOf("How did Abe respond to Seoul's decision?").relativeTo).toEqual({
			relation: 'after',
			phrase: 'seoul decision',
			reply: true,
		});
		expect(frameOf('What did Tokyo say in response to the announcement?').relativeTo?.relation).toBe('after');
	});

	it('separates the time of the event from a time it is measured from', () => {
		expect(frameOf('What happened on Aug. 2?').eventTimes).toEqual(['m:8', 'd:8-2']);
		expect(frameOf('How many days before Nov. 23 was the deadline?').eventTimes).toEqual([]);
		expect(frameOf('How many times did they share intel this year?').eventTimes).toEqual(['y:2019']);
	});

	it('asks for a day, or an hour, when the question does', () => {
		expect(frameOf('On what exact date did Esper arrive?').precision).toBe('day');
		expect(frameOf("At what o'clock was it announced?").precision).toBe('hour');
		expect(frameOf('At what time of day did the NSC meet?').precision).toBeUndefined();
		expect(frameOf('On what exact day in November was it signed?').precision).toBe('day');
		expect(frameOf('What time did the meeting start?').precision).toBe('hour');
		expect(frameOf('What time of year is it renewed?').precision).toBeUndefined();
	});

	it('knows a question about after the article', () => {
		expect(frameOf('did korea end up rejoining gsomia later on?').after).toBe(true);
		expect(frameOf('What happened in 2020?').after).toBe(true);
		expect(frameOf('What actually happened when Nov. 23, 2019 arrived?').after).toBe(true);
		expect(frameOf('When is the renewal date?').after).toBe(false);
		expect(frameOf('Whose call was it in the end to ditch the deal?').after).toBe(false);
	});
});
