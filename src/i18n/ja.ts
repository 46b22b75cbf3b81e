/**
 * 日本語: every user-facing string, the same keys as en.ts. Names follow the usual Japanese spellings (文在寅、菅義偉、
 * 河野太郎、康京和); GSOMIA is 日韓秘密軍事情報保護協定（GSOMIA）, and the decision is its 破棄, as Japanese media
 * reported it. Quotes of the article stay in English: they are the evidence.
 */
import { cjkDay, cjkMonth, cjkYear } from '../knowledge/calendar.js';
import type { Strings } from './en.js';
import type { DateParts } from './types.js';

/** The Japanese names of the commands, as registered (name_localizations), for the texts that mention them. */
const ASK = '質問';
const TOPICS = 'トピック';
const TIMELINE = '年表';
const SOURCE = '出典';
const HELP = 'ヘルプ';

export const ja: Strings = {
	languages: { en: '英語', ko: '韓国語', ja: '日本語' },
	dates: {
		day: (d: DateParts) => cjkDay('ja', d),
		dayWithWeekday: (d: DateParts) => cjkDay('ja', d),
		month: (d: DateParts) => cjkMonth('ja', d),
		year: (d: DateParts) => cjkYear('ja', d),
		duration: (seconds: number) =>
			seconds % 3600 === 0 ? `${seconds / 3600}時間` : seconds % 60 === 0 ? `${seconds / 60}分` : `${seconds}秒`,
	},
	answer: {
		source: '出典',
		sources: '出典',
		sourceLine: (publisher: string, title: string, date: string, where: string) =>
			`${publisher}「${title}」${date}、${where}`,
		paragraph: (n: number) => `第${n}段落`,
		paragraphs: (ns: number[]) => `第${ns.join('・')}段落`,
		asOf: (date: string) => `記事の日付である${date}時点の情報です。それ以降の出来事は含まれません。`,
		wasItHelpful: '役に立ちましたか？',
		helpful: '役に立った',
		notHelpful: '役に立たなかった',
		related: '関連する質問',
		suggestions: '答えられる質問',
		answerable: 'これは答えられるはず',
		share: 'チャンネルに投稿',
		shared: 'チャンネルに投稿しました',
		delete: '削除',
		otherLanguage: (language: string) => `回答本文は${language}です。まだ日本語では書かれていません。`,
		repeat: (when: string, link?: string) =>
			link
				? `このチャンネルでは${when}に回答済みのため（${link}）、今回はあなたにだけ表示しています。`
				: `このチャンネルでは${when}に回答済みのため、今回はあなたにだけ表示しています。`,
		jump: 'こちら',
		alreadyPosted: (when: string, link?: string) =>
			link
				? `この回答は${when}にすでにこのチャンネルに投稿されています（${link}）。`
				: `この回答は${when}にすでにこのチャンネルに投稿されています。`,
		unknownFact: `その質問はもう回答リストにありません。/${TOPICS} で答えられる質問を見てください。`,
		noText: `このメッセージには質問として読める文章がありません。代わりに /${ASK} を使ってください。`,
		tooLong: (length: number, max: number) =>
			`質問が${length.toLocaleString('ja-JP')}文字あります。${max.toLocaleString('ja-JP')}文字まで読めますので、もう少し短くしてください。`,
	},
	feedback: {
		flagged: 'ありがとうございます。事実を管理する担当者がこの質問を確認します。',
		reasonTitle: 'この回答の何が問題でしたか？',
		reasonLabel: '理由（任意）',
		reasonPlaceholder: '例：別の質問に答えている、日付がない',
		failed:
			'申し訳ありません。いま投票を保存できなかったため、反映されていません。少し時間をおいてもう一度お試しください。',
		alreadyVoted: 'この回答への評価はすでに反映されています。ありがとうございます！',
	},
	delete: {
		refused: 'この回答を削除できるのは、質問した人、回答の相手、またはモデレーターだけです。',
	},
	cooldown: (unixSeconds: number) =>
		`質問のペースが速すぎます。<t:${unixSeconds}:R>にまた質問できます。みんなが公平に使えるようにするための制限です。`,
	error: (ref: string) =>
		`申し訳ありません、こちらで問題が発生しました（参照番号 ${ref}）。もう一度お試しください。続く場合はこの参照番号をお知らせください。`,
	busy: 'ただいま質問が集中しています。数秒後にもう一度お試しください。',
	unknownCommand: `不明なコマンドです（削除された可能性があります）。/${HELP} をお試しください。`,
	unknownComponent: `このボタンは期限切れです。/${ASK} でもう一度質問してください。`,
	topics: {
		title: 'トピック別に見る',
		intro: (facts: number, topics: number) =>
			`${topics}個のトピックで${facts}件の質問に答えられます。トピックを選んでから質問を選んでください。`,
		topicPlaceholder: 'トピックを選択',
		questionPlaceholder: '質問を選択',
		questionCount: (n: number) => `質問${n}件`,
		topicTitle: (name: string) => `トピック：${name}`,
		allTopics: 'すべてのトピック',
		backToTopic: 'トピックに戻る',
		empty: '現在、回答リストは空です。',
		unknown: `そのトピックはもうありません。/${TOPICS} をもう一度実行してください。`,
	},
	timeline: {
		title: '年表',
		intro: '記事に出てくる日付のある出来事を、時系列で並べました。',
		said: (words: string) => `記事の表現：「${words}」`,
		empty: '記事には日付のある出来事がありません。',
	},
	source: {
		title: '私が知っていることと、その出典',
		knows: (facts: number, events: number) =>
			`私は1本のニュース記事だけをもとに答えます。厳選した質問${facts}件と、日付のある出来事${events}件があり、どれも記事の原文に裏付けられています。`,
		articleField: '記事',
		article: (publisher: string, title: string, date: string, section: string) =>
			`${publisher}「${title}」${date}（セクション：${section}）`,
		citationsField: '引用のしかた',
		citations:
			'すべての回答に、根拠となった記事の文を一字一句そのまま引用し、第何段落かを示します。引用は原文のまま英語です。記事に書かれていないことは推測せず、書かれていないとお答えします。',
		limitsField: '私にわからないこと',
		limits: (date: string) =>
			`記事が出た${date}より後のこと（たとえば、この決定がその後覆されたかどうか）や、記事に書かれていないことはわかりません。ウェブ検索もしません。`,
	},
	help: {
		title: '使い方',
		intro:
			'2019年に韓国が日韓秘密軍事情報保護協定（GSOMIA）の破棄を決めたことについての質問に、ニュース記事をそのまま引用して答えます。',
		askField: '質問する',
		ask: `\`/${ASK}\` で質問してください。入力中に質問の候補が出ます。回答はあなたにだけ表示されます。**チャンネルに投稿** を押すとチャンネルに共有でき、\`公開: True\` を付けると最初から全員に表示されます。`,
		othersField: 'ほかの人に答える',
		others: `\`/${ASK}\` に \`相手: @ユーザー\` を付けると、チャンネルでその人に答えます（通知はその人にだけ届きます）。またはメッセージを右クリック › アプリ › **公開で回答** を選んでください。**この質問に回答** は回答をあなたにだけ表示します。`,
		messagesField: 'メンションとDM',
		messages:
			'私にメンションして質問すると、そのメッセージに返信します。DMではコマンドなしで質問を送るだけで大丈夫です。`ヘルプ` と送るとこの案内をもう一度表示します。',
		commandsOnlyField: 'コマンド専用',
		commandsOnly:
			'このボットはスラッシュコマンドとメッセージメニューにだけ応答します。メッセージは読まないため、メンションやDMには返信しません。',
		browseField: '閲覧',
		browse: `\`/${TOPICS}\` でトピック別の質問を、\`/${TIMELINE}\` で日付のある出来事を、\`/${SOURCE}\` で回答の出典を確認できます。`,
		tidyField: 'チャンネルをすっきり保つ',
		tidy: '質問した人とモデレーターは、公開された回答の **削除** ボタンで回答を消せます。',
		noRepeat: (window: string) =>
			`同じ回答は${window}以内に同じチャンネルへ二度は投稿されません。もう一度質問した人には、最初の回答へのリンクを添えて本人にだけ表示します。`,
		anywhereField: 'どこでも',
		anywhere: '私をアカウントに追加（ユーザーインストール）すると、私がいないサーバーやDMでもコマンドを使えます。',
		limits: (n: number, seconds: number) => `公平に使えるよう、1人あたり${seconds}秒ごとに${n}回まで質問できます。`,
	},
	commands: {
		ask: {
			name: ASK,
			description: '2019年の韓国によるGSOMIA破棄について質問します',
			question: { name: '内容', description: '質問を入力してください。例：「韓国はなぜGSOMIAを破棄したの？」' },
			public: { name: '公開', description: 'チャンネルの全員に回答を表示します（既定：自分にだけ表示）' },
			for: { name: '相手', description: 'チャンネルでこの人に答えます。通知はこの人にだけ届きます' },
		},
		topics: { name: TOPICS, description: '答えられる質問をトピック別に見ます' },
		timeline: { name: TIMELINE, description: '記事に出てくる日付のある出来事を時系列で見ます' },
		source: { name: SOURCE, description: '私が知っていること、その出典、わからないこと' },
		help: { name: HELP, description: '使い方：コマンド、共有、メンションとDM' },
		answerThis: { name: 'この質問に回答' },
		answerPublicly: { name: '公開で回答' },
		settings: {
			name: '設定',
			description: 'このサーバーでのボットの設定（サーバー管理の権限が必要）',
			show: { name: '表示', description: 'このサーバーの設定を表示' },
			visibility: {
				name: '公開範囲',
				description: 'このサーバーで回答を既定で非公開にするか公開にするか',
				value: { name: '値', description: '非公開（質問した人のみ）または公開（チャンネル全体）' },
				private: '非公開',
				public: '公開',
			},
			autoAnswer: {
				name: '自動回答',
				description: 'チャンネル内のすべての質問にメンションなしで答える',
				channel: { name: 'チャンネル', description: 'チャンネル' },
				on: { name: 'オン', description: 'オンまたはオフ' },
			},
			curator: {
				name: '管理チャンネル',
				description: '低評価の理由と、答えられなかった質問の毎日のまとめを送るチャンネル',
				channel: { name: 'チャンネル', description: 'チャンネル（省略すると無効）' },
			},
		},
	},
	curator: {
		reason: (question: string, reason: string) => `👎「${question}」: ${reason}`,
		facts: (ids: string) => `事実: ${ids}`,
		digestTitle: (count: number) => `昨日答えられなかった質問: ${count}件`,
		digestMore: (count: number) => `…ほかに${count}件。全件はコマンドラインの «gsomia misses» で確認してください。`,
	},
	settings: {
		title: 'このサーバーの設定',
		visibility: '質問への回答',
		publicByDefault: '既定で公開',
		privateByDefault: '既定で非公開',
		autoAnswer: 'メンションなしで答えるチャンネル',
		none: 'なし',
		curator: '管理チャンネル',
		saved: '保存しました。',
		guildOnly: 'これはサーバーの設定です。サーバー内でこのコマンドを使ってください。',
		failed: 'いまは設定を保存できません。少し時間をおいてもう一度お試しください。',
		needsContent:
			'メンションのないメッセージに答えるには、ボットにメッセージ内容の権限が必要ですが、運営者がまだ有効にしていません。チャンネルは保存され、有効になると動作します。',
	},
	cli: {
		related: '関連する質問：',
		youCouldAsk: 'こんな質問ができます：',
		factsAsOf: (date: string) => `（記事の日付である${date}時点の事実です。）`,
		citation: (publisher: string, title: string, date: string, paragraph: number) =>
			`${publisher}「${title}」${date}、第${paragraph}段落`,
		said: (words: string) => `（記事の表現：「${words}」）`,
		published: (date: string, timezone: string, section: string) =>
			`${date}発行（${timezone}）、セクション：${section}。`,
		paragraphs: (paragraphs: number, facts: number) =>
			`${paragraphs}段落を原文のまま保存しており、厳選した${facts}件の事実がそれを一字一句引用しています。`,
		limits: 'すべての回答は根拠となる段落を引用します。記事は発行後に起きたことを知りません。',
		banner: (facts: number) =>
			`GSOMIAボット ローカルコンソール（DISCORD_TOKEN未設定）。事実${facts}件を読み込みました。`,
		help: [
			'2019年の韓国によるGSOMIA破棄の決定について質問するか、コマンドを入力してください：',
			'  help       このヘルプ',
			'  topics     答えられる質問（トピック別）',
			'  timeline   日付のある出来事',
			'  source     回答の出典の記事',
			'  quit       終了（または Ctrl+D）',
		],
	},
};
