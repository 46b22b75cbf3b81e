import { describe, expect, it } from 'vitest';
import { dateParts, writtenDate } from '../../src/i18n/dates.js';
import { langFromLocale, langFromText, parseLang } from '../../src/i18n/lang.js';

describe('Dates written out', () => {
	it('in English, at the precision given', () => {
		expect(writtenDate('2019-08-22', 'day', 'en')).toBe('August 22, 2019');
		expect(writtenDate('2019-08-22', 'day', 'en', { weekday: true })).toBe('Thursday, August 22, 2019');
		expect(writtenDate('2019-08', 'month', 'en')).toBe('August 2019');
		expect(writtenDate('2016', 'year', 'en')).toBe('2016');
	});

	it('a calendar day is that day, whatever the time zone of the machine; bad values come back as they are', () => {
		expect(dateParts('2019-08-22')).toEqual({ year: 2019, month: 8, day: 22, weekday: 4 });
		expect(dateParts('2019-02-30')).toBeUndefined();
		expect(writtenDate('someday', 'day', 'en')).toBe('someday');
	});
});

describe('Which language', () => {
	it('from a Discord locale', () => {
		expect(langFromLocale('ko')).toBe('ko');
		expect(langFromLocale('ja')).toBe('ja');
		expect(langFromLocale('en-US')).toBe('en');
		expect(langFromLocale('zh-TW')).toBe('en');
		expect(langFromLocale(undefined)).toBe('en');
	});

	it('from the script of a text: Hangul Korean, kana Japanese, anything else English', () => {
		expect(langFromText('지소미아 언제 끝났어?')).toBe('ko');
		expect(langFromText('GSOMIAはいつ終わった？')).toBe('ja');
		expect(langFromText('カン・ギョンファ')).toBe('ja');
		expect(langFromText('菅義偉')).toBe('en');
		expect(langFromText('why did Korea leave GSOMIA')).toBe('en');
		expect(langFromText('문재인 said GSOMIA')).toBe('ko');
	});

	it('from --lang', () => {
		expect(parseLang('ko')).toBe('ko');
		expect(parseLang('KO')).toBeUndefined();
		expect(parseLang(undefined)).toBeUndefined();
	});
});
