import { maskDigits, nationalId } from '../../../../src/engine/checks/privacy/national-id.js';
import { describe, expect, it } from 'vitest';
import { contextFromFixture, describeCheck } from '../../../helpers/check-harness.js';
import { personalContext } from './markup.js';

describeCheck(nationalId, {
  fires: [
    {
      name: 'a US SSN',
      context: () => personalContext(['SSN: 123-45-6789']),
      codes: ['privacy.national-id'],
    },
    { name: 'an SSN without a label', context: () => personalContext(['123-45-6789']) },
    {
      name: 'a UK National Insurance number',
      context: () => personalContext(['National Insurance number: AB 12 34 56 C']),
    },
    { name: 'a German Steuer-ID', context: () => personalContext(['Steuer-ID: 12 345 678 901']) },
    { name: 'a Spanish DNI', context: () => personalContext(['DNI: 12345678Z']) },
    { name: 'a Brazilian CPF', context: () => personalContext(['CPF 123.456.789-09']) },
    {
      name: 'a Chinese resident ID',
      context: () => personalContext(['身份证号：110105199003071234']),
    },
    { name: 'a Russian SNILS', context: () => personalContext(['СНИЛС 123-456-789 01']) },
  ],
  passes: [
    {
      name: 'US phone numbers',
      context: () => personalContext(['(512) 555-0134', '512-555-0134']),
    },
    {
      name: 'a clean Word resume',
      context: () => contextFromFixture('resumes/en-word-classic.pdf'),
    },
    {
      name: 'a Chinese resume with phone numbers',
      context: () => contextFromFixture('resumes/zh-jianli.pdf'),
    },
    {
      name: 'a Russian resume with a phone number',
      context: () => contextFromFixture('resumes/ru-rezume.pdf'),
    },
  ],
});

describe('maskDigits', () => {
  it('keeps the label and only the last two digits', () => {
    expect(maskDigits('SSN: 123-45-6789')).toBe('SSN: •••-••-••89');
  });
});

describe('privacy.national-id evidence', () => {
  it('never repeats the full number', () => {
    const [finding] = nationalId.run(personalContext(['SSN: 123-45-6789']));
    expect(JSON.stringify(finding)).not.toContain('6789');
  });
});
