import { useMutation } from '@tanstack/react-query';
import { CLIENT_EVENTS } from '../../../../shared/schemas/socket';
import { useRealtimeEmit } from '../../realtime/realtime-context';

/**
 * Links the contact on screen to a customer. The gateway answers the ack and offers the contact
 * again with the customer's pop; the realtime connector paints it, so nothing is patched here.
 */
export function useLinkCustomer(contactId: string) {
  const emit = useRealtimeEmit();
  return useMutation({
    mutationKey: ['contacts', contactId, 'link'],
    mutationFn: (customerId: string) => emit(CLIENT_EVENTS.contactLink, { contactId, customerId }),
  });
}
