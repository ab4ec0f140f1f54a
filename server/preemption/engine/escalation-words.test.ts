import { describe, expect, it } from 'vitest';
import { findEscalationWords } from './escalation-words.js';

const words = {
  'zh-CN': ['投诉', '12378', '315', '律师'],
  en: ['complaint', 'complain', 'sue', 'regulator', 'legal action'],
  fa: ['شکایت', 'بیمه مرکزی'],
};
const find = (text: string) => findEscalationWords(text, words);

describe('findEscalationWords', () => {
  it('finds Chinese words anywhere in a sentence', () => {
    expect(find('我要投诉')).toEqual(['投诉']);
    expect(find('再不处理我就找律师')).toEqual(['律师']);
  });

  it('does not mistake 投保 (buying cover) for 投诉', () => {
    expect(find('我想咨询投保流程')).toEqual([]);
  });

  it('matches Latin words whole and case-insensitively, with a plural -s', () => {
    expect(find('This is a Complaint.')).toEqual(['complaint']);
    expect(find('after two complaints')).toEqual(['complaint']);
    expect(find('I will SUE you')).toEqual(['sue']);
    expect(find('I will take legal action')).toEqual(['legal action']);
  });

  it('does not match a Latin word inside another word', () => {
    expect(find('my suede jacket')).toEqual([]);
    expect(find('pursue the claim')).toEqual([]);
    expect(find('regulatory filings')).toEqual([]);
  });

  it('matches numbers as whole numbers, also next to Chinese text', () => {
    expect(find('我要打12378')).toEqual(['12378']);
    expect(find('3·15 315晚会')).toEqual(['315']);
    expect(find('保费3150元')).toEqual([]);
  });

  it('finds Persian words, also typed with Arabic yeh and kaf', () => {
    expect(find('از شما شکایت می‌کنم')).toEqual(['شکایت']);
    expect(find('به بيمه مركزي می‌روم')).toEqual(['بیمه مرکزی']);
  });
});
