import {describe, expect, it} from 'vitest';
import {formValuesFrom, validateQuestion} from '@/lib/answers/question-forms';

describe('validateQuestion', () => {
  it.each([
    ['country', {c: 'fr'}, {}],
    ['country', {}, {c: 'chooseCountry'}],
    ['country', {c: 'de'}, {c: 'chooseCountry'}],
    ['province', {r: ''}, {}],
    ['province', {}, {r: 'chooseProvince'}],
    ['platforms', {p: ['x', 'unknown']}, {}],
    ['platforms', {p: []}, {p: 'choosePlatform'}],
    ['platforms', {p: false}, {p: 'choosePlatform'}],
    ['platforms', {p: 'x'}, {}],
    ['platforms', {p: ['x', 'myspace']}, {p: 'choosePlatform'}],
    ['ages', {a: '15', b: '16'}, {}],
    ['ages', {a: '', b: ''}, {}],
    ['ages', {}, {}],
    ['ages', {a: 'abc', b: '16'}, {a: 'ageNotNumber'}],
    ['ages', {a: '3', b: '16'}, {a: 'ageOutOfRange'}],
    ['ages', {a: '17', b: '16'}, {b: 'ageNowBeforeMade'}],
    ['consent', {k: '4'}, {}],
    ['consent', {k: ''}, {}],
    ['consent', {}, {k: 'chooseConsent'}],
    ['situation', {u: ['1', '2']}, {}],
    ['situation', {u: []}, {u: 'chooseSituation'}],
    ['situation', {u: ['0', '1']}, {u: 'noneAlone'}],
  ] as const)('%s %j → %j', (question, values, expected) => {
    expect(validateQuestion(question, values)).toEqual(expected);
  });
});

describe('formValuesFrom', () => {
  it('reads a submitted GET form: lists for checkboxes, single values otherwise', () => {
    const query = new URLSearchParams('c=fr&p=x&p=tiktok&a=&s=1');
    expect(formValuesFrom(query, 'platforms')).toEqual({p: ['x', 'tiktok']});
    expect(formValuesFrom(query, 'ages')).toEqual({a: '', b: undefined});
    expect(formValuesFrom(query, 'country')).toEqual({c: 'fr'});
  });
});
