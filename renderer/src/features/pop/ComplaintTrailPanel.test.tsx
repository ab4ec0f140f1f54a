import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../../../shared/domain';
import type { Complaint, CustomerPromise } from '../../../../shared/schemas/voc';
import { ComplaintTrailPanel } from './ComplaintTrailPanel';
import { aComplaint, aPromise, daysFromNow, FIXTURE_NOW } from './test-fixtures';
import { renderPop } from './test-utils';

function renderTrail(
  complaints: Complaint[] = [aComplaint()],
  promises: CustomerPromise[] = [aPromise()],
  lng: Language = 'en',
) {
  return renderPop(<ComplaintTrailPanel complaints={complaints} promises={promises} />, { lng });
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(FIXTURE_NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('ComplaintTrailPanel', () => {
  it('lists complaints newest first with root causes, status, owner, words and outcome', () => {
    renderTrail([
      aComplaint({
        id: 'cmp-old',
        openedAt: daysFromNow(-60),
        dueAt: daysFromNow(-45),
        closedAt: daysFromNow(-50),
        status: 'closed',
        rootCauses: ['amount', 'professionalism'],
        customerWords: 'The renewal premium went up 40% and nobody explained why.',
        resolution: 'Rate explained; no-claim discount applied.',
        satisfaction: 4,
      }),
      aComplaint({ id: 'cmp-new', rootCauses: ['timeliness', 'promise_mismatch'] }),
    ]);
    const items = screen.getAllByTestId('complaint');
    expect(items.map((item) => item.getAttribute('data-complaint-id'))).toEqual([
      'cmp-new',
      'cmp-old',
    ]);

    const [newest, oldest] = items;
    expect(
      within(newest!)
        .getAllByTestId('root-cause')
        .map((tag) => tag.textContent),
    ).toEqual(['Timeliness', 'Promise mismatch']);
    expect(within(newest!).getByTestId('complaint-status')).toHaveTextContent('Open');
    expect(newest).toHaveTextContent('Owner: Li Na');
    expect(within(newest!).getByTestId('customer-words')).toHaveTextContent(
      'The adjuster promised to call back within two days and nobody called.',
    );

    expect(within(oldest!).getByTestId('complaint-status')).toHaveTextContent('Closed');
    expect(oldest).toHaveTextContent('Resolution: Rate explained; no-claim discount applied.');
    expect(oldest).toHaveTextContent('Satisfaction 4/5');
    expect(screen.getByTestId('complaints-open-count')).toHaveTextContent('1 open');
  });

  it('shows the days left on the 15-day clock of open complaints only', () => {
    renderTrail([
      aComplaint({ id: 'cmp-ok', openedAt: daysFromNow(-9), dueAt: daysFromNow(6) }),
      aComplaint({
        id: 'cmp-late',
        status: 'escalated',
        openedAt: daysFromNow(-17),
        dueAt: daysFromNow(-2),
      }),
      aComplaint({ id: 'cmp-done', status: 'resolved', openedAt: daysFromNow(-30) }),
    ]);
    const [ok, late, done] = screen.getAllByTestId('complaint');
    expect(within(ok!).getByTestId('complaint-clock')).toHaveTextContent('6 days left');
    expect(within(late!).getByTestId('complaint-clock')).toHaveTextContent('2 days past due');
    expect(within(done!).queryByTestId('complaint-clock')).not.toBeInTheDocument();
  });

  it('flags open promises past their due date, and only those', () => {
    renderTrail(
      [],
      [
        aPromise({ id: 'prm-future', description: 'Send the invoice', dueAt: daysFromNow(2) }),
        aPromise({
          id: 'prm-overdue',
          description: 'Refund the double charge',
          dueAt: daysFromNow(-3),
        }),
        aPromise({
          id: 'prm-kept',
          description: 'Deliver the policy documents',
          dueAt: daysFromNow(-10),
          status: 'kept',
          resolvedAt: daysFromNow(-11),
        }),
      ],
    );
    const overdue = screen.getAllByTestId('promise-overdue');
    expect(overdue).toHaveLength(1);
    expect(overdue[0]).toHaveTextContent('Refund the double charge');
    expect(overdue[0]).toHaveTextContent('3 days overdue');
    expect(overdue[0]).toHaveTextContent('by Li Na');
    expect(
      screen.getAllByTestId('promise').map((item) => item.getAttribute('data-promise-id')),
    ).toEqual(['prm-future', 'prm-kept']);
  });

  it('says so when there are no complaints and no promises', () => {
    renderTrail([], []);
    expect(screen.getByTestId('complaints-empty')).toHaveTextContent('No complaints on record');
    expect(screen.getByText('No promises on record')).toBeInTheDocument();
    expect(screen.queryByTestId('complaints-open-count')).not.toBeInTheDocument();
  });

  it('shows the 20 newest of 200 complaints and reveals more on demand', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 200 }, (_, i) =>
      aComplaint({
        id: `cmp-${i}`,
        openedAt: daysFromNow(-i - 1),
        dueAt: daysFromNow(14 - i),
        status: i < 3 ? 'open' : 'closed',
        customerWords: `Complaint number ${i}`,
      }),
    ).reverse();
    renderTrail(many, []);

    let shown = screen.getAllByTestId('complaint');
    expect(shown).toHaveLength(20);
    expect(shown[0]).toHaveTextContent('Complaint number 0');
    expect(shown[19]).toHaveTextContent('Complaint number 19');
    expect(screen.getByTestId('complaints-open-count')).toHaveTextContent('3 open');

    await user.click(screen.getByTestId('complaints-more'));
    shown = screen.getAllByTestId('complaint');
    expect(shown).toHaveLength(70);
    expect(shown[69]).toHaveTextContent('Complaint number 69');
  });

  it('shows hostile words literally, as text, and runs nothing', () => {
    const { container } = renderTrail([
      aComplaint({
        id: 'cmp-xss',
        customerWords: '<script>alert(1)</script><img src=x onerror="alert(2)">',
        resolution: '<b>bold</b>',
      }),
    ]);
    expect(screen.getByTestId('customer-words')).toHaveTextContent(
      '<script>alert(1)</script><img src=x onerror="alert(2)">',
    );
    expect(screen.getByTestId('complaint')).toHaveTextContent('Resolution: <b>bold</b>');
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
  });

  it('renders Persian and Chinese words, labels in the active language', () => {
    const { unmount } = renderTrail(
      [aComplaint({ customerWords: 'خسارت من هنوز پرداخت نشده است', owner: 'مریم' })],
      [],
      'fa',
    );
    expect(screen.getByTestId('customer-words')).toHaveTextContent('خسارت من هنوز پرداخت نشده است');
    expect(screen.getByTestId('root-cause')).toHaveTextContent('به‌موقع بودن');
    expect(screen.getByTestId('complaint')).toHaveTextContent('مریم');
    unmount();

    renderTrail([aComplaint({ customerWords: '理赔拖了两周还没有人联系我' })], [], 'zh-CN');
    expect(screen.getByTestId('customer-words')).toHaveTextContent('理赔拖了两周还没有人联系我');
    expect(screen.getByTestId('root-cause')).toHaveTextContent('时效');
    expect(screen.getByTestId('complaint-clock')).toHaveTextContent('剩余 6 天');
  });
});
