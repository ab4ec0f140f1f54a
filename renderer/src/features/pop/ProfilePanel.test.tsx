import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProfilePanel } from './ProfilePanel';
import type { ProfilePanelProps } from './ProfilePanel';
import { aClaim, aCustomer, aPolicy, daysFromNow, FIXTURE_NOW } from './test-fixtures';
import { renderPop } from './test-utils';
import type { Language } from '../../../../shared/domain';

function renderProfile(props: Partial<ProfilePanelProps> = {}, lng: Language = 'en') {
  return renderPop(
    <ProfilePanel
      customer={props.customer ?? aCustomer()}
      policies={props.policies ?? [aPolicy()]}
      claims={props.claims ?? [aClaim()]}
    />,
    { lng },
  );
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(FIXTURE_NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('ProfilePanel', () => {
  it('shows who the customer is, with the masked identifiers exactly as they arrived', () => {
    renderProfile();
    const panel = screen.getByTestId('panel-profile');
    expect(within(panel).getByTestId('customer-name')).toHaveTextContent('Wang Li');
    expect(panel).toHaveTextContent('138****5678');
    expect(panel).toHaveTextContent('w***@example.com');
    expect(panel).toHaveTextContent('3101**********1234');
    expect(panel).toHaveTextContent('Shanghai');
    expect(panel).toHaveTextContent('Chinese');
    expect(panel).toHaveTextContent('CN¥128,000.00');
    expect(within(panel).getByTestId('churn-risk')).toHaveTextContent('72%');
    expect(panel).toHaveTextContent('Zhou Min');
    expect(panel).toHaveTextContent('Huatai Brokers');
  });

  it('shows the tier and what to offer for it', () => {
    renderProfile();
    expect(screen.getByTestId('tier')).toHaveTextContent('Diamond');
    const offers = screen.getAllByTestId('entitlement').map((item) => item.textContent.trim());
    expect(offers).toEqual([
      'Offer: 1:1 dedicated advisor',
      'Offer: Annual health plan',
      'Offer: Reserved premium events',
    ]);
  });

  it('shows which consents are granted', () => {
    renderProfile();
    expect(screen.getByTestId('consent-sms')).toHaveAttribute('data-granted', 'true');
    expect(screen.getByTestId('consent-marketing')).toHaveAttribute('data-granted', 'false');
    expect(screen.getByTestId('consent-recording')).toHaveAttribute('data-granted', 'true');
  });

  it('highlights a policy pending cancellation and shows how overdue its payment is', () => {
    renderProfile({
      policies: [
        aPolicy(),
        aPolicy({
          id: 'pol-health-1',
          line: 'health',
          product: 'Family Health Guard',
          status: 'pending_cancellation',
          paymentStatus: 'overdue',
          daysOverdue: 12,
        }),
      ],
    });
    const [active, pending] = screen.getAllByTestId('policy');
    expect(active).toHaveTextContent('Motor Comprehensive Plus');
    expect(active).toHaveTextContent('Renews Jul 1, 2025');
    expect(active).toHaveTextContent('Premium CN¥4,200.00');
    expect(within(active!).getByTestId('payment-status')).toHaveTextContent('Paid');
    expect(active!.style.background).toBe('');

    expect(within(pending!).getByTestId('policy-status')).toHaveTextContent('Pending cancellation');
    expect(within(pending!).getByTestId('payment-status')).toHaveTextContent(
      'Overdue · 12 days overdue',
    );
    expect(pending!.style.background).not.toBe('');
  });

  it('shows open claims with their promised date, days late and partners; closed ones are left out', () => {
    renderProfile({
      claims: [
        aClaim({
          id: 'clm-late',
          description: 'Windscreen replacement',
          promisedAt: daysFromNow(-3),
          rescue: { id: 'p-r', name: 'Anji Roadside Rescue', kind: 'rescue' },
        }),
        aClaim({ id: 'clm-on-time', description: 'Scratched door', promisedAt: daysFromNow(4) }),
        aClaim({ id: 'clm-done', description: 'Old hail damage', status: 'paid' }),
      ],
    });
    const claims = screen.getAllByTestId('claim');
    expect(claims.map((claim) => claim.getAttribute('data-claim-id'))).toEqual([
      'clm-late',
      'clm-on-time',
    ]);
    const [late, onTime] = claims;
    expect(within(late!).getByTestId('claim-late')).toHaveTextContent('3 days late');
    expect(late).toHaveTextContent('Promised Jun 12, 2025');
    expect(late).toHaveTextContent('Dongfang Loss Adjusters');
    expect(within(late!).getByTestId('claim-rescue')).toHaveTextContent('Anji Roadside Rescue');
    expect(within(onTime!).queryByTestId('claim-late')).not.toBeInTheDocument();
    expect(screen.queryByText('Old hail damage')).not.toBeInTheDocument();
  });

  it('says so when there are no policies, no open claims and no optional contacts', () => {
    renderProfile({
      customer: aCustomer({ emailMasked: null, advisorName: null, intermediary: null }),
      policies: [],
      claims: [],
    });
    expect(screen.getByText('No policies on record')).toBeInTheDocument();
    expect(screen.getByText('No open claims')).toBeInTheDocument();
    expect(screen.queryByTestId('policy')).not.toBeInTheDocument();
    expect(screen.queryByTestId('claim')).not.toBeInTheDocument();
  });

  it('renders Persian and Chinese names as they are', () => {
    const { unmount } = renderProfile(
      { customer: aCustomer({ name: 'زهرا احمدی', city: 'تهران' }) },
      'fa',
    );
    expect(screen.getByTestId('customer-name')).toHaveTextContent('زهرا احمدی');
    expect(screen.getByTestId('tier')).toHaveTextContent('الماسی');
    expect(screen.getByTestId('panel-profile')).toHaveTextContent('تهران');
    unmount();

    renderProfile({ customer: aCustomer({ name: '王丽', tier: 'gold' }) }, 'zh-CN');
    expect(screen.getByTestId('customer-name')).toHaveTextContent('王丽');
    expect(screen.getByTestId('tier')).toHaveTextContent('黄金');
    expect(screen.getAllByTestId('entitlement')[0]).toHaveTextContent('可提供：月度回访');
  });
});
