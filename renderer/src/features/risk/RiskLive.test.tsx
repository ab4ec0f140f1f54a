import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { anOffer, renderWorkspace } from '../../commands/test-utils';
import { aScript, daysFromNow } from '../pop/test-fixtures';
import { aMediumRisk, aRiskAssessment } from './test-fixtures';

describe('risk, live', () => {
  it('updates the pop when the gateway pushes a new risk, and says so to screen readers', async () => {
    const { socket } = await renderWorkspace();
    act(() => socket.serverEmit('contact.offered', anOffer('contact-1')));
    const panel = await screen.findByTestId('panel-risk');
    expect(within(panel).getByTestId('risk-not-scored')).toHaveTextContent('Not scored yet');

    act(() =>
      socket.serverEmit('risk.updated', {
        customerId: 'cust-001',
        risk: aRiskAssessment(),
        scripts: [
          aScript({ id: 'scr-late', title: 'Own the late claim', playbookId: 'late-claim' }),
        ],
      }),
    );

    await waitFor(() =>
      expect(within(panel).getByTestId('risk-band')).toHaveTextContent('High risk'),
    );
    expect(within(panel).getByTestId('risk-sentence')).toHaveTextContent(/^About claim C-2031/);
    expect(screen.getByTestId('risk-announcer')).toHaveTextContent(
      /^Complaint risk 82 of 100, High risk\./,
    );
    const [script] = within(screen.getByTestId('panel-scripts')).getAllByTestId('script');
    expect(script).toHaveTextContent('1. Own the late claim');
    expect(within(script!).getByTestId('script-playbook')).toHaveTextContent(
      'Late claim — own it and expedite',
    );

    act(() =>
      socket.serverEmit('risk.updated', {
        customerId: 'cust-001',
        risk: aMediumRisk({ computedAt: daysFromNow(1) }),
        scripts: [],
      }),
    );
    await waitFor(() =>
      expect(screen.getByTestId('risk-announcer')).toHaveTextContent(
        /^Complaint risk 48 of 100, Medium risk\./,
      ),
    );
    expect(within(panel).getByTestId('risk-band')).toHaveTextContent('Medium risk');
  });
});
