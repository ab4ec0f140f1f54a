import { useOutboxItems } from '../../outbox/outbox-context';
import type { OutboxItemOf } from '../../outbox/outbox-item';

/** This contact's wrap-up saved in the outbox and not yet acknowledged (or refused), if any. */
export function usePendingWrapUp(contactId: string): OutboxItemOf<'contact.wrap-up'> | undefined {
  return useOutboxItems().find(
    (item): item is OutboxItemOf<'contact.wrap-up'> =>
      item.event === 'contact.wrap-up' && item.contactId === contactId,
  );
}
