import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIXTURE_NOW } from '../pop/test-fixtures';
import { renderPop } from '../pop/test-utils';
import { RiskPanel } from './RiskPanel';
import { aLowRisk, aMediumRisk, aRiskAssessment } from './test-fixtures';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(FIXTURE_NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

const text = (testId: string) => screen.getByTestId(testId).textContent.replace(/\s+/g, ' ').trim();

describe('RiskPanel', () => {
  it('shows a high risk with its score, a labelled band, why now and the root causes', () => {
    renderPop(<RiskPanel risk={aRiskAssessment()} />);

    const score = screen.getByRole('progressbar', { name: 'Risk score 82 of 100' });
    expect(score).toHaveAttribute('aria-valuenow', '82');
    expect(score).toHaveTextContent('82');
    expect(screen.getByTestId('risk-band')).toHaveTextContent('High risk');
    expect(text('risk-sentence')).toBe(
      'About claim C-2031: the claim is past its promised date (promised Jun 12, 2025, 3 days late); ' +
        'they keep contacting us (3 contacts, within 7 days).',
    );
    expect(screen.getAllByTestId('risk-root-cause').map((tag) => tag.textContent)).toEqual([
      'Timeliness 80%',
      'Promise mismatch 20%',
    ]);
    expect(text('risk-meta')).toMatch(/^Rules 2026-11-22\.1 · scored Jun 15, 2025/);
  });

  it('lists what adds up to the score, biggest first, with the facts behind each', () => {
    renderPop(<RiskPanel risk={aRiskAssessment()} />);

    const [overdue, repeat] = screen.getAllByTestId('risk-contribution');
    expect(overdue).toHaveTextContent('Claim past its promised date');
    expect(within(overdue!).getByTestId('risk-points')).toHaveTextContent('+56');
    expect(within(overdue!).getByTestId('risk-contribution-facts')).toHaveTextContent(
      'claim C-2031, promised Jun 12, 2025, 3 days late',
    );
    expect(repeat).toHaveTextContent('Contacting us again and again');
    expect(within(repeat!).getByTestId('risk-points')).toHaveTextContent('+26');
  });

  it('shows the matched playbook with its moves', () => {
    renderPop(<RiskPanel risk={aRiskAssessment()} />);
    const playbook = screen.getByTestId('risk-playbook');
    expect(playbook).toHaveTextContent('Late claim — own it and expedite');
    expect(
      within(playbook)
        .getAllByTestId('risk-move')
        .map((move) => move.textContent),
    ).toEqual(['Apologise and own it', 'Expedite the claim', 'Fix a date you can keep']);
  });

  it('labels a medium and a low risk in words, not colour alone', () => {
    const { unmount } = renderPop(<RiskPanel risk={aMediumRisk()} />);
    expect(screen.getByTestId('risk-band')).toHaveTextContent('Medium risk');
    expect(screen.getByTestId('risk-badge')).toHaveAttribute('data-band', 'medium');
    expect(text('risk-sentence')).toBe(
      'About the renewal of policy MOT-9: their premium is going up (premium up 18%).',
    );
    expect(screen.getByTestId('risk-playbooks-empty')).toHaveTextContent('No playbook matched');
    unmount();

    renderPop(<RiskPanel risk={aLowRisk()} />);
    expect(screen.getByTestId('risk-band')).toHaveTextContent('Low risk');
    expect(text('risk-sentence')).toBe(
      'Nothing stands out: no signal points at a reason to complain.',
    );
    expect(screen.queryByTestId('risk-contribution')).not.toBeInTheDocument();
  });

  it('says quietly when the customer has not been scored yet', () => {
    renderPop(<RiskPanel risk={null} />);
    expect(screen.getByTestId('risk-not-scored')).toHaveTextContent('Not scored yet');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByTestId('risk-announcer')).toBeEmptyDOMElement();
  });

  it('builds the sentence in Chinese, with the date as Chinese readers write it', () => {
    renderPop(<RiskPanel risk={aRiskAssessment()} />, { lng: 'zh-CN' });
    expect(screen.getByTestId('risk-band')).toHaveTextContent('高风险');
    expect(text('risk-sentence')).toBe(
      '关于理赔 C-2031：理赔已超过承诺时效（承诺 2025年6月12日，逾期 3 天）；客户反复来电（来电 3 次，7 天内）。',
    );
    expect(screen.getAllByTestId('risk-root-cause')[0]).toHaveTextContent('时效');
  });

  it('speaks Persian right to left', () => {
    renderPop(<RiskPanel risk={aMediumRisk()} />, { lng: 'fa' });
    expect(screen.getByTestId('risk-band')).toHaveTextContent('ریسک متوسط');
    expect(text('risk-sentence')).toMatch(/^دربارهٔ تمدید بیمه‌نامهٔ MOT-9: /);
  });

  it('announces the score, band and reason to screen readers', () => {
    renderPop(<RiskPanel risk={aRiskAssessment()} />);
    const announcer = screen.getByTestId('risk-announcer');
    expect(announcer).toHaveAttribute('aria-live', 'polite');
    expect(announcer).toHaveTextContent(
      /^Complaint risk 82 of 100, High risk\. About claim C-2031/,
    );
  });

  it('renders hostile text in the facts as text', () => {
    const words = '<script>alert(1)</script>{{count}}';
    const path = '<img src=x onerror="alert(2)">';
    const facts = { words, path, pageViews: 6 };
    const risk = aRiskAssessment({
      contributions: [
        {
          signal: 'escalation_words',
          weight: 55,
          points: 55,
          topic: { kind: 'service', ref: null },
          rootCauses: ['attitude'],
          evidence: [],
          facts,
        },
      ],
      reason: {
        ...aRiskAssessment().reason,
        topic: { kind: 'service', ref: null },
        signals: [{ signal: 'escalation_words', facts }],
      },
      playbooks: [{ id: 'x', title: '<b>bold</b>', moves: [], scripts: [] }],
    });
    const { container } = renderPop(<RiskPanel risk={risk} />);

    expect(text('risk-sentence')).toBe(
      `About our service: they used escalation words (said “${words}”, on “${path}”, 6 page views).`,
    );
    expect(screen.getByTestId('risk-playbook')).toHaveTextContent('<b>bold</b>');
    expect(container.querySelector('script, img, b')).toBeNull();
  });
});
