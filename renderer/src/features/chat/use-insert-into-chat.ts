import { useEffect, useRef, useState } from 'react';
import { useInsertIntoChatDraft } from '../../state';

/**
 * Puts a text (a recommended script) into a chat's draft and remembers, for a moment, which
 * item was inserted so its button can say so.
 */
export function useInsertIntoChat(resetAfterMs = 2000) {
  const insertIntoDraft = useInsertIntoChatDraft();
  const [insertedId, setInsertedId] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  // Sync with the outside: a pending reset must not fire after unmount.
  useEffect(() => () => clearTimeout(timer.current), []);

  const insert = (contactId: string, id: string, text: string) => {
    insertIntoDraft(contactId, text);
    setInsertedId(id);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setInsertedId(null), resetAfterMs);
  };

  return { insertedId, insert };
}
