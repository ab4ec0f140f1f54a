import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Contact } from '../../../../shared/schemas/contact';
import {
  anActiveContact,
  byValue,
  mockGatewayHttp,
  pick,
  renderLifecycleWorkspace,
} from '../workspace/test-lifecycle';
import { presetDue, toLocalInput } from './due-dates';

/** Filling the whole form renders antd many times over; jsdom on a shared machine is slow at that. */
const FORM_TEST_TIMEOUT = 40_000;

afterEach(() => {
  vi.restoreAllMocks();
});


/** Puts text into a field the way a paste does: one change, not one render per key. */
async function typeInto(user: UserEvent, name: string, text: string) {
  await user.click(field(name));
  await user.paste(text);
}

const field = (name: string) => {
  const element = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(
    `[name="${name}"]`,
  );
  if (!element) throw new Error(`no field ${name}`);
  return element;
};

/** A connected contact, ended: the wrap-up form on screen. */
async function renderWrapUp(contact: Partial<Contact> = {}, acwSeconds = 120) {
  const rendered = await renderLifecycleWorkspace();
  rendered.socket.answer('contact.end', ({ contactId }) => ({
    ok: true,
    data: anActiveContact({
      id: contactId,
      ...contact,
      state: 'wrap_up',
      wrapUpStartedAt: new Date().toISOString(),
      acwDeadline: new Date(Date.now() + acwSeconds * 1000).toISOString(),
    }),
  }));
  rendered.gateway.offer(anActiveContact(contact));
  await rendered.user.click(await screen.findByTestId('contact-end'));
  await screen.findByTestId('wrapup-form');
  return rendered;
}

describe('wrap-up', () => {
  it(
    'keeps what was typed when the agent looks at another contact and comes back',
    async () => {
      const { gateway, user } = await renderLifecycleWorkspace();
      gateway.offer(anActiveContact({ id: 'contact-1' }));
      gateway.offer(anActiveContact({ id: 'contact-2', customerId: 'cust-002' }), 'Zhao Min');
      await user.click(await screen.findByTestId('contact-end'));
      await screen.findByTestId('wrapup-form');
      await typeInto(user, 'wrapUpNote', 'Half written');

      await user.click(screen.getByText('Zhao Min', { selector: '[data-testid="offer-tab"] bdi' }));
      await waitFor(() => expect(screen.queryByTestId('wrapup-form')).not.toBeInTheDocument());
      await user.click(screen.getByText('Wang Li', { selector: '[data-testid="offer-tab"] bdi' }));

      expect(await screen.findByTestId('wrapup-form')).toBeInTheDocument();
      expect(field('wrapUpNote')).toHaveValue('Half written');
    },
    FORM_TEST_TIMEOUT,
  );

  it('counts the after-contact work down', async () => {
    await renderWrapUp({}, 90);
    const timer = screen.getByTestId('acw-timer');
    expect(timer).toHaveAttribute('data-over', 'false');
    expect(timer).toHaveTextContent(/1:(29|30) left/);
  });

  it('says how far over the limit the agent is', async () => {
    await renderWrapUp({}, -5);
    const timer = screen.getByTestId('acw-timer');
    expect(timer).toHaveAttribute('data-over', 'true');
    expect(timer).toHaveTextContent(/Over the limit by 0:0[56]/);
  });

  it('needs a disposition before anything is sent', async () => {
    const { socket, user } = await renderWrapUp();

    await user.click(screen.getByTestId('wrapup-submit'));

    expect(await screen.findByText('Choose how the contact ended')).toHaveAttribute(
      'data-field',
      'disposition',
    );
    expect(socket.emitsOf('contact.wrap-up')).toEqual([]);
  });

  it(
    'sends the disposition, the VOC, a new complaint case and a promise, then lets the contact go',
    async () => {
      mockGatewayHttp();
      const { socket, user } = await renderWrapUp();

      pick('wrapup-disposition', 'Complaint logged');
      await typeInto(user, 'wrapUpNote', 'Adjuster report overdue again.');
      await user.click(byValue('wrapup-root-cause', 'timeliness'));
      await user.click(byValue('wrapup-root-cause', 'promise_mismatch'));
      await typeInto(user, 'customerWords', 'You promised me twice and nobody called.');
      await user.click(byValue('wrapup-sentiment', 'negative'));
      await user.click(byValue('wrapup-complaint-mode', 'create'));
      await waitFor(() => {
        pick('wrapup-complaint-owner', 'Li Na');
      });
      fireEvent.change(field('complaintDue'), { target: { value: '2031-07-01T12:30' } });
      await typeInto(user, 'promiseDescription', 'Call back with the adjuster’s report');
      await user.click(byValue('wrapup-promise-preset', 'friday-17'));
      const friday = presetDue('friday-17', new Date());
      expect(field('promiseDue')).toHaveValue(toLocalInput(friday));

      await user.click(screen.getByTestId('wrapup-submit'));

      expect(await screen.findByTestId('idle')).toBeInTheDocument();
      expect(socket.emitsOf('contact.wrap-up')).toEqual([
        {
          contactId: 'contact-1',
          disposition: 'complaint_logged',
          note: 'Adjuster report overdue again.',
          voc: {
            rootCauses: ['timeliness', 'promise_mismatch'],
            customerWords: 'You promised me twice and nobody called.',
            sentiment: 'negative',
          },
          complaint: {
            action: 'create',
            ownerId: 'agent-2',
            dueAt: new Date('2031-07-01T12:30').toISOString(),
          },
          promise: {
            description: 'Call back with the adjuster’s report',
            dueAt: friday.toISOString(),
          },
          idempotencyKey: expect.any(String) as string,
        },
      ]);

      // The gateway's own "closed" arrives too: nothing breaks, nothing comes back.
      act(() => socket.serverEmit('contact.ended', { contactId: 'contact-1', reason: 'closed' }));
      expect(screen.getByTestId('idle')).toBeInTheDocument();
    },
    FORM_TEST_TIMEOUT,
  );

  it(
    'shows the gateway’s field error beside the field and keeps everything typed',
    async () => {
      const { socket, user } = await renderWrapUp();
      socket.answer('contact.wrap-up', () => ({
        ok: false,
        error: {
          code: 'validation_failed',
          message: 'Quote the customer, not a summary',
          field: 'voc.customerWords',
        },
      }));

      pick('wrapup-disposition', 'Resolved');
      await user.click(byValue('wrapup-root-cause', 'attitude'));
      await typeInto(user, 'customerWords', 'rude');
      await user.click(byValue('wrapup-sentiment', 'negative'));
      await typeInto(user, 'wrapUpNote', 'Apologised.');
      await user.click(screen.getByTestId('wrapup-submit'));

      const error = await screen.findByText('Quote the customer, not a summary');
      expect(error).toHaveAttribute('data-field', 'voc.customerWords');
      expect(error.parentElement?.closest('[data-field="voc.customerWords"]')).toContainElement(
        field('customerWords'),
      );
      expect(field('customerWords')).toHaveValue('rude');
      expect(field('wrapUpNote')).toHaveValue('Apologised.');
      expect(byValue('wrapup-root-cause', 'attitude')).toHaveAttribute('aria-checked', 'true');
      expect(
        within(screen.getByTestId('wrapup-disposition')).getByText('Resolved'),
      ).toBeInTheDocument();
      expect(screen.getByTestId('wrapup-form')).toBeInTheDocument();
      expect(socket.emitsOf('contact.wrap-up')).toHaveLength(1);
    },
    FORM_TEST_TIMEOUT,
  );

  it(
    'asks for the whole VOC once part of it is filled in',
    async () => {
      const { socket, user } = await renderWrapUp();

      pick('wrapup-disposition', 'Resolved');
      await user.click(byValue('wrapup-sentiment', 'positive'));
      await user.click(screen.getByTestId('wrapup-submit'));

      expect(await screen.findByText('Pick at least one root cause')).toBeInTheDocument();
      expect(screen.getByText('Write the customer’s own words')).toBeInTheDocument();
      expect(socket.emitsOf('contact.wrap-up')).toEqual([]);
    },
    FORM_TEST_TIMEOUT,
  );

  it(
    'moves an open case of the customer on: owner, due date and status',
    async () => {
      mockGatewayHttp();
      const { socket, user } = await renderWrapUp();

      pick('wrapup-disposition', 'Escalated');
      await user.click(byValue('wrapup-root-cause', 'timeliness'));
      await typeInto(user, 'customerWords', 'Still waiting.');
      await user.click(byValue('wrapup-sentiment', 'neutral'));
      await user.click(byValue('wrapup-complaint-mode', 'update'));
      pick('wrapup-complaint-id', 'cmp-1 · Timeliness');
      pick('wrapup-complaint-status', 'Escalated');
      fireEvent.change(field('complaintDue'), { target: { value: '2031-07-02T09:00' } });
      await user.click(screen.getByTestId('wrapup-submit'));

      await screen.findByTestId('idle');
      expect(socket.emitsOf('contact.wrap-up')[0]?.complaint).toEqual({
        action: 'update',
        complaintId: 'cmp-1',
        ownerId: 'agent-1',
        dueAt: new Date('2031-07-02T09:00').toISOString(),
        status: 'escalated',
      });
    },
    FORM_TEST_TIMEOUT,
  );
});
