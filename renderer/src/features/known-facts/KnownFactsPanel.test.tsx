import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  aContact,
  aPolicy,
  aPopBundle,
  aPromise,
  aTimelinePage,
  FIXTURE_NOW,
} from '../pop/test-fixtures';
import { renderPop } from '../pop/test-utils';
import { KnownFactsPanel } from './KnownFactsPanel';
import { aTroubledBundle } from './test-fixtures';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(FIXTURE_NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

const facts = () =>
  screen.getAllByTestId('known-fact').map((fact) => fact.textContent.replace(/\s+/g, ' ').trim());

describe('KnownFactsPanel', () => {
  it('lists each fact with its source', () => {
    renderPop(
      <KnownFactsPanel
        bundle={aTroubledBundle()}
        contact={aContact({ ivrIntent: 'claim_status' })}
      />,
    );
    const lines = facts();
    expect(lines[0]).toBe(
      'Claim C-2031 is 3 days past its promised date — source: claims system, promised Jun 12, 2025',
    );
    expect(lines[1]).toBe('Open complaint VOC-12 (Timeliness) opened 2 days ago — source: VOC');
    expect(lines[2]).toBe(
      'Promise PR-3 1 day overdue: Call back with adjuster report — source: made by Agent 04',
    );
    expect(lines[3]).toBe(
      'Policy MOT-9 pending cancellation, payment 12 days overdue — source: billing',
    );
    expect(lines[4]).toMatch(
      /^Policy HLT-2 renews in \d+ days \(.+\) — source: policy administration$/,
    );
    expect(lines[5]).toBe('IVR intent: claim_status — source: IVR');
    expect(lines[6]).toBe('Viewed “Viewed claim status page” 6 times today — source: Portal');
  });

  it('shows nothing invented when there is nothing on record', () => {
    const bundle = aPopBundle({
      claims: [],
      complaints: [],
      promises: [],
      policies: [aPolicy({ renewalDate: '2026-01-01' })],
      timeline: aTimelinePage({ items: [] }),
    });
    renderPop(
      <KnownFactsPanel bundle={bundle} contact={aContact({ ivrPath: [], ivrIntent: null })} />,
    );
    expect(screen.queryByTestId('known-fact')).not.toBeInTheDocument();
    expect(screen.getByTestId('known-facts-empty')).toHaveTextContent(
      'Nothing on record explains this contact yet',
    );
  });

  it('keeps hostile text as text', () => {
    const hostile = '<img src=x onerror="alert(1)"><b>{{count}}</b>';
    const bundle = aPopBundle({
      claims: [],
      complaints: [],
      policies: [],
      timeline: aTimelinePage({ items: [] }),
      promises: [
        aPromise({
          dueAt: new Date(FIXTURE_NOW - 2 * 86_400_000).toISOString(),
          description: hostile,
          madeBy: '<script>x</script>',
        }),
      ],
    });
    const { container } = renderPop(<KnownFactsPanel bundle={bundle} contact={null} />);
    expect(facts()[0]).toContain(hostile);
    expect(facts()[0]).toContain('made by <script>x</script>');
    expect(container.querySelector('img, b, script')).toBeNull();
  });
});
