/**
 * 한국어: every user-facing string, the same keys as en.ts. Names follow the usual Korean spellings (문재인, 김유근,
 * 강경화, 스가 요시히데, 고노 다로); GSOMIA is 한일 군사정보보호협정 (지소미아), and the decision is its 종료, as the
 * government announced it. Quotes of the article stay in English: they are the evidence.
 */
import { cjkDay, cjkMonth, cjkYear } from '../knowledge/calendar.js';
import type { Strings } from './en.js';
import type { DateParts } from './types.js';

/** The Korean names of the commands, as registered (name_localizations), for the texts that mention them. */
const ASK = '질문';
const TOPICS = '주제';
const TIMELINE = '타임라인';
const SOURCE = '출처';
const HELP = '도움말';

export const ko: Strings = {
	languages: { en: '영어', ko: '한국어', ja: '일본어' },
	dates: {
		day: (d: DateParts) => cjkDay('ko', d),
		dayWithWeekday: (d: DateParts) => cjkDay('ko', d),
		month: (d: DateParts) => cjkMonth('ko', d),
		year: (d: DateParts) => cjkYear('ko', d),
		duration: (seconds: number) =>
			seconds % 3600 === 0 ? `${seconds / 3600}시간` : seconds % 60 === 0 ? `${seconds / 60}분` : `${seconds}초`,
	},
	answer: {
		source: '출처',
		sources: '출처',
		sourceLine: (publisher: string, title: string, date: string, where: string) =>
			`${publisher}, “${title}”, ${date}, ${where}`,
		paragraph: (n: number) => `${n}번째 문단`,
		paragraphs: (ns: number[]) => `${ns.join(', ')}번째 문단`,
		asOf: (date: string) => `기사가 나온 ${date} 기준이며, 그 이후의 일은 다루지 않습니다.`,
		wasItHelpful: '도움이 되었나요?',
		helpful: '도움이 됐어요',
		notHelpful: '도움이 안 됐어요',
		related: '관련 질문',
		suggestions: '답할 수 있는 질문',
		answerable: '답할 수 있어야 하는 질문이에요',
		share: '채널에 올리기',
		shared: '채널에 올렸어요',
		delete: '삭제',
		otherLanguage: (language: string) => `답변 본문은 ${language}로 되어 있습니다. 아직 한국어로 작성되지 않았습니다.`,
		repeat: (when: string, link?: string) =>
			link
				? `이 채널에서 ${when}에 이미 답한 질문이라(${link}) 이번 답변은 본인에게만 보입니다.`
				: `이 채널에서 ${when}에 이미 답한 질문이라 이번 답변은 본인에게만 보입니다.`,
		jump: '보기',
		alreadyPosted: (when: string, link?: string) =>
			link
				? `이 답변은 ${when}에 이미 이 채널에 올라왔습니다(${link}).`
				: `이 답변은 ${when}에 이미 이 채널에 올라왔습니다.`,
		unknownFact: `그 질문은 더 이상 답변 목록에 없습니다. /${TOPICS} 에서 답할 수 있는 질문을 둘러보세요.`,
		noText: `이 메시지에는 질문으로 읽을 수 있는 글이 없습니다. 대신 /${ASK} 을 사용해 보세요.`,
		tooLong: (length: number, max: number) =>
			`질문이 ${length.toLocaleString('ko-KR')}자입니다. ${max.toLocaleString('ko-KR')}자까지 읽을 수 있으니 더 짧게 질문해 주세요.`,
	},
	feedback: {
		flagged: '감사합니다. 사실 자료를 관리하는 사람들이 이 질문을 확인할 것입니다.',
		reasonTitle: '이 답변의 무엇이 문제였나요?',
		reasonLabel: '이유 (선택)',
		reasonPlaceholder: '예: 다른 질문에 답했어요, 날짜가 없어요',
		failed: '죄송합니다. 지금은 투표를 저장할 수 없어 반영되지 않았습니다. 잠시 후 다시 시도해 주세요.',
		alreadyVoted: '이 답변에 대한 평가는 이미 반영되었습니다. 감사합니다!',
	},
	delete: {
		refused: '질문한 사람, 답변을 받은 사람, 또는 관리자만 이 답변을 삭제할 수 있습니다.',
	},
	cooldown: (unixSeconds: number) =>
		`질문이 너무 빨라요. <t:${unixSeconds}:R>에 다시 질문할 수 있습니다. 모두가 공평하게 쓰기 위한 제한입니다.`,
	error: (ref: string) =>
		`죄송합니다. 처리 중에 문제가 생겼습니다(참조 번호 ${ref}). 다시 시도해 주세요. 계속 문제가 생기면 이 참조 번호를 알려 주세요.`,
	busy: '지금 질문이 너무 많이 들어오고 있습니다. 몇 초 뒤에 다시 시도해 주세요.',
	unknownCommand: `알 수 없는 명령어입니다(삭제되었을 수 있습니다). /${HELP} 을 입력해 보세요.`,
	unknownComponent: `이 버튼은 만료되었습니다. /${ASK} 으로 다시 질문해 주세요.`,
	topics: {
		title: '주제별로 둘러보기',
		intro: (facts: number, topics: number) =>
			`주제 ${topics}개, 질문 ${facts}개에 답할 수 있습니다. 주제를 고른 다음 질문을 고르세요.`,
		topicPlaceholder: '주제 선택',
		questionPlaceholder: '질문 선택',
		questionCount: (n: number) => `질문 ${n}개`,
		topicTitle: (name: string) => `주제: ${name}`,
		allTopics: '전체 주제',
		backToTopic: '주제로 돌아가기',
		empty: '지금은 답변 목록이 비어 있습니다.',
		unknown: `그 주제는 더 이상 없습니다. /${TOPICS} 를 다시 실행해 주세요.`,
	},
	timeline: {
		title: '타임라인',
		intro: '기사에 나온, 날짜가 있는 사건을 시간순으로 정리했습니다.',
		said: (words: string) => `기사 원문: “${words}”`,
		empty: '기사에는 날짜가 나온 사건이 없습니다.',
	},
	source: {
		title: '제가 아는 것과 그 출처',
		knows: (facts: number, events: number) =>
			`저는 뉴스 기사 한 편만을 바탕으로 답합니다. 선별한 질문 ${facts}개와 날짜가 있는 사건 ${events}개가 있으며, 모두 기사 원문으로 뒷받침됩니다.`,
		articleField: '기사',
		article: (publisher: string, title: string, date: string, section: string) =>
			`${publisher}, “${title}”, ${date} (${section} 섹션)`,
		citationsField: '인용 방식',
		citations:
			'모든 답변에는 근거가 된 기사 문장을 한 글자도 바꾸지 않고 인용문으로 싣고, 몇 번째 문단인지 밝힙니다. 인용문은 원문 그대로 영어입니다. 기사에 나오지 않는 내용은 추측하지 않고 나오지 않는다고 말씀드립니다.',
		limitsField: '제가 알 수 없는 것',
		limits: (date: string) =>
			`기사가 나온 ${date} 이후의 일(예를 들어 이 결정이 나중에 번복되었는지)과 기사에 나오지 않는 내용은 알 수 없습니다. 웹 검색도 하지 않습니다.`,
	},
	help: {
		title: '사용법',
		intro:
			'2019년 한국이 한일 군사정보보호협정(지소미아, GSOMIA)을 종료하기로 한 결정에 관한 질문에, 뉴스 기사를 원문 그대로 인용해 답합니다.',
		askField: '질문하기',
		ask: `\`/${ASK}\` 으로 질문하세요. 입력하는 동안 추천 질문이 나타납니다. 답변은 본인에게만 보이며, **채널에 올리기**를 누르면 채널에 공유됩니다. \`공개: True\`를 더하면 처음부터 모두에게 보입니다.`,
		othersField: '다른 사람에게 답하기',
		others: `\`/${ASK}\` 에 \`대상: @사용자\`를 더하면 채널에서 그 사람에게 답합니다(알림은 그 사람에게만 갑니다). 또는 메시지를 우클릭 › 앱 › **공개적으로 답하기**를 누르세요. **이 질문에 답하기**는 답변을 본인에게만 보여 줍니다.`,
		messagesField: '멘션과 DM',
		messages:
			'저를 멘션하며 질문하면 그 메시지에 답장합니다. DM에서는 명령어 없이 질문만 보내면 되고, `도움말`을 보내면 이 안내를 다시 볼 수 있습니다.',
		commandsOnlyField: '명령어 전용',
		commandsOnly:
			'이 봇은 슬래시 명령어와 메시지 메뉴에만 응답합니다. 메시지를 읽지 않으므로 멘션이나 DM에는 답하지 않습니다.',
		browseField: '둘러보기',
		browse: `\`/${TOPICS}\` 에서 주제별 질문을, \`/${TIMELINE}\` 에서 날짜별 사건을, \`/${SOURCE}\` 에서 답변의 출처를 볼 수 있습니다.`,
		tidyField: '채널을 깔끔하게',
		tidy: '질문한 사람과 관리자는 공개된 답변의 **삭제** 버튼으로 답변을 지울 수 있습니다.',
		noRepeat: (window: string) =>
			`같은 답변은 ${window} 안에 한 채널에 두 번 올라가지 않습니다. 다시 질문한 사람에게는 첫 답변의 링크와 함께 본인에게만 보여 드립니다.`,
		anywhereField: '어디서나',
		anywhere: '저를 계정에 추가(사용자 설치)하면 제가 없는 서버나 DM에서도 명령어를 쓸 수 있습니다.',
		limits: (n: number, seconds: number) =>
			`공평하게 쓸 수 있도록 한 사람당 ${seconds}초에 ${n}번까지 질문할 수 있습니다.`,
	},
	commands: {
		ask: {
			name: ASK,
			description: '2019년 한국의 지소미아(GSOMIA) 종료에 대해 질문합니다',
			question: { name: '내용', description: '질문을 입력하세요. 예: "한국은 왜 지소미아를 종료했나요?"' },
			public: { name: '공개', description: '채널의 모든 사람에게 답변을 보여 줍니다(기본: 나에게만 보임)' },
			for: { name: '대상', description: '채널에서 이 사람에게 답합니다. 알림은 이 사람에게만 갑니다' },
		},
		topics: { name: TOPICS, description: '답할 수 있는 질문을 주제별로 둘러봅니다' },
		timeline: { name: TIMELINE, description: '기사에 나온 날짜별 사건을 시간순으로 봅니다' },
		source: { name: SOURCE, description: '제가 아는 것, 그 출처, 그리고 알 수 없는 것' },
		help: { name: HELP, description: '사용법: 명령어, 공유, 멘션과 DM' },
		answerThis: { name: '이 질문에 답하기' },
		answerPublicly: { name: '공개적으로 답하기' },
		settings: {
			name: '설정',
			description: '이 서버의 봇 설정 (서버 관리 권한 필요)',
			show: { name: '보기', description: '이 서버의 설정 보기' },
			visibility: {
				name: '공개범위',
				description: '이 서버에서 답변을 기본으로 비공개로 할지 공개로 할지',
				value: { name: '값', description: '비공개(질문한 사람만) 또는 공개(채널 전체)' },
				private: '비공개',
				public: '공개',
			},
			autoAnswer: {
				name: '자동답변',
				description: '채널의 모든 질문에 멘션 없이 답하기',
				channel: { name: '채널', description: '채널' },
				on: { name: '켜기', description: '켜기 또는 끄기' },
			},
			curator: {
				name: '관리채널',
				description: '비추천 이유와 답하지 못한 질문의 일일 요약을 받을 채널',
				channel: { name: '채널', description: '채널 (비워 두면 끕니다)' },
			},
		},
	},
	curator: {
		reason: (question: string, reason: string) => `👎 “${question}”: ${reason}`,
		facts: (ids: string) => `사실: ${ids}`,
		digestTitle: (count: number) => `어제 답하지 못한 질문 ${count}개`,
		digestMore: (count: number) => `…그 밖에 ${count}개: 전체 목록은 명령줄의 «gsomia misses»로 보세요.`,
	},
	settings: {
		title: '이 서버의 설정',
		visibility: '질문에 대한 답변',
		publicByDefault: '기본으로 공개',
		privateByDefault: '기본으로 비공개',
		autoAnswer: '멘션 없이 답하는 채널',
		none: '없음',
		curator: '관리 채널',
		saved: '저장했습니다.',
		guildOnly: '서버의 설정입니다. 서버에서 이 명령어를 사용해 주세요.',
		failed: '지금은 설정을 저장할 수 없습니다. 잠시 후 다시 시도해 주세요.',
		needsContent:
			'멘션 없는 메시지에 답하려면 봇에 메시지 내용 권한이 필요한데, 운영자가 아직 켜지 않았습니다. 채널은 저장되었고 권한이 켜지면 작동합니다.',
	},
	cli: {
		related: '관련 질문:',
		youCouldAsk: '이런 질문은 어떨까요:',
		factsAsOf: (date: string) => `(기사가 나온 ${date} 기준의 사실입니다.)`,
		citation: (publisher: string, title: string, date: string, paragraph: number) =>
			`${publisher}, “${title}”, ${date}, ${paragraph}번째 문단`,
		said: (words: string) => `(기사 원문: “${words}”)`,
		published: (date: string, timezone: string, section: string) => `${date} 발행(${timezone}), ${section} 섹션.`,
		paragraphs: (paragraphs: number, facts: number) =>
			`문단 ${paragraphs}개를 원문 그대로 보관하고 있으며, 선별한 사실 ${facts}개가 이를 그대로 인용합니다.`,
		limits: '모든 답변은 근거가 된 문단을 인용합니다. 기사는 발행 이후에 일어난 일을 알 수 없습니다.',
		banner: (facts: number) => `GSOMIA 봇 로컬 콘솔(DISCORD_TOKEN 없음). 사실 ${facts}개를 불러왔습니다.`,
		help: [
			'2019년 한국의 지소미아 종료 결정에 대해 질문하거나, 명령어를 입력하세요:',
			'  help       이 도움말',
			'  topics     답할 수 있는 질문(주제별)',
			'  timeline   날짜별 사건',
			'  source     답변의 출처인 기사',
			'  quit       끝내기(또는 Ctrl+D)',
		],
	},
};
