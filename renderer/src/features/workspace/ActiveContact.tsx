import { theme } from 'antd';
import { useEffect, useState } from 'react';
import type { HeldOffer } from '../../api/contacts/offers-cache';
import { contactPhase } from '../../api/contacts/contact-phase';
import { onTransferDialogRequest } from '../../commands/ui-requests';
import { useAgent } from '../../state';
import { ChatPane } from '../chat/ChatPane';
import { WhisperNotices } from '../chat/WhisperNotices';
import { PopView } from '../pop/PopView';
import { ConsultDrawer } from '../transfer/ConsultDrawer';
import { TransferDialog } from '../transfer/TransferDialog';
import { WrapUpForm } from '../wrapup/WrapUpForm';
import { ContactActions } from './ContactActions';
import { ContactBar } from './ContactBar';
import { HandoverBanner } from './HandoverBanner';
import { PendingTransferNotice } from './PendingTransferNotice';
import { RingingPanel } from './RingingPanel';
import { useCachedPop } from './use-held-contacts';

/**
 * The contact on screen through its life: ringing (accept or decline, the pop already readable),
 * connected (chat, pop, consult, transfer, end), then wrap-up beside the pop until submitted.
 */
export function ActiveContact({ offer }: { offer: HeldOffer }) {
  const pop = useCachedPop(offer);
  const me = useAgent();
  const { token } = theme.useToken();
  const [transferOpen, setTransferOpen] = useState(false);
  const [consultOpen, setConsultOpen] = useState(false);
  const { contact, candidates } = offer;
  const phase = contactPhase(contact, me?.id ?? null);
  const pending = phase === 'active' ? contact.pendingTransfer : null;

  // The "transfer" command asks for the dialog (sync with a window event).
  useEffect(
    () =>
      onTransferDialogRequest(() => {
        if (phase === 'active' && contact.pendingTransfer === null) setTransferOpen(true);
      }),
    [phase, contact.pendingTransfer],
  );

  return (
    <section
      data-testid="active-contact"
      data-contact-id={contact.id}
      data-phase={phase}
      aria-label={contact.fromMasked}
      style={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}
    >
      {phase === 'ringing' ? (
        <div style={{ paddingTop: 8 }}>
          <RingingPanel offer={offer} pop={pop} />
        </div>
      ) : (
        <ContactBar contact={contact} inWrapUp={phase === 'wrap_up'}>
          {phase === 'active' && (
            <ContactActions
              contact={contact}
              onTransfer={() => setTransferOpen(true)}
              onConsult={() => setConsultOpen(true)}
            />
          )}
        </ContactBar>
      )}
      {contact.handover !== null && <HandoverBanner handover={contact.handover} />}
      {pending !== null && <PendingTransferNotice toAgentName={pending.toAgentName} />}
      {/* A chat shows a lead's whispers in its transcript; a call has only this list. */}
      {contact.channel !== 'chat' && phase !== 'ringing' && (
        <WhisperNotices contactId={contact.id} />
      )}
      <div style={{ display: 'flex', flex: 1, minHeight: 0 }}>
        {contact.channel === 'chat' && phase !== 'ringing' && (
          <div
            style={{
              flex: '0 0 360px',
              minWidth: 0,
              display: 'flex',
              flexDirection: 'column',
              background: token.colorBgContainer,
              borderInlineEnd: `1px solid ${token.colorBorderSecondary}`,
            }}
          >
            <ChatPane contact={contact} />
          </div>
        )}
        {/* Narrower than its three columns (a chat in wrap-up), the pop scrolls here instead of
            spilling under the wrap-up form. */}
        <div style={{ flex: 1, minWidth: 0, minHeight: 0, overflow: 'auto', position: 'relative' }}>
          <PopView contact={contact} pop={pop} candidates={candidates} />
        </div>
        {phase === 'wrap_up' && (
          <aside
            style={{
              flex: '0 0 440px',
              minWidth: 0,
              overflowY: 'auto',
              background: token.colorBgContainer,
              borderInlineStart: `1px solid ${token.colorBorderSecondary}`,
            }}
          >
            <WrapUpForm contact={contact} pop={pop} />
          </aside>
        )}
      </div>
      {phase === 'active' && (
        <>
          <TransferDialog
            contact={contact}
            pop={pop}
            open={transferOpen}
            onClose={() => setTransferOpen(false)}
          />
          <ConsultDrawer
            contact={contact}
            open={consultOpen}
            onClose={() => setConsultOpen(false)}
          />
        </>
      )}
    </section>
  );
}
