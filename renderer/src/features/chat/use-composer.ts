import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ChangeEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import {
  CHAT_TEXT_MAX,
  agentChatSendSchema,
  type AgentChatSend,
  type CannedReply,
} from '../../../../shared/schemas/chat';
import type { Contact } from '../../../../shared/schemas/contact';
import { useActiveLanguage } from '../../i18n/use-active-language';
import { useChatDraftAttachments, useChatDraftText, useSetChatDraftText } from '../../state';
import { findSlashQuery, replaceSlashQuery } from './canned-query';
import { restoreChatDraft } from './chat-draft';
import { useCannedPicker } from './use-canned-picker';
import { useChatSend } from './use-chat-send';
import { useTypingSignal } from './use-typing-signal';

/**
 * Everything the composer does: the draft (kept in the store per chat, and back after a reload of
 * the same session), the `/` picker, the typing signal, the length limit and sending (through the
 * outbox: see use-chat-send.ts). The component only lays it out; `inputRef` is its text box, where
 * the caret goes after a canned reply.
 */
export function useComposer(contact: Contact, inputRef: RefObject<TextAreaRef | null>) {
  const contactId = contact.id;
  const enabled = contact.state === 'active';
  const text = useChatDraftText(contactId);
  const attachments = useChatDraftAttachments(contactId);
  const setText = useSetChatDraftText();
  const uiLanguage = useActiveLanguage();
  const typing = useTypingSignal(contactId);
  const send = useChatSend(contactId);
  const [caret, setCaret] = useState(text.length);
  const [emptyRefused, setEmptyRefused] = useState(false);
  const picker = useCannedPicker({
    text,
    caret,
    language: contact.language ?? uiLanguage,
    enabled,
  });

  // Sync with the draft backup (IndexedDB): what was typed before a reload comes back.
  useEffect(() => restoreChatDraft(contactId), [contactId]);

  const pendingCaret = useRef<number | null>(null);
  // Sync with the DOM: after a canned reply goes in, the caret goes right after it.
  useLayoutEffect(() => {
    const target = pendingCaret.current;
    const element = inputRef.current?.resizableTextArea?.textArea;
    if (target === null || element === undefined) return;
    pendingCaret.current = null;
    element.focus();
    element.setSelectionRange(target, target);
  }, [text, inputRef]);

  const overBy = text.length - CHAT_TEXT_MAX;
  const canSend = enabled && overBy <= 0 && (text.trim() !== '' || attachments.length > 0);

  const edited = () => {
    if (send.isError) send.reset();
    setEmptyRefused(false);
  };

  const submit = () => {
    if (!enabled || overBy > 0) return;
    const trimmed = text.trim();
    const request: AgentChatSend =
      attachments.length > 0
        ? { contactId, text: trimmed, attachments: [...attachments] }
        : { contactId, text: trimmed };
    if (!agentChatSendSchema.safeParse(request).success) {
      setEmptyRefused(true);
      return;
    }
    typing.stop();
    setCaret(0);
    send.mutate(request);
  };

  const pick = (reply: CannedReply) => {
    if (picker.slash === null) return;
    const next = replaceSlashQuery(text, picker.slash, reply.body);
    pendingCaret.current = next.caret;
    setCaret(next.caret);
    setText(contactId, next.text);
    edited();
  };

  const onChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    const { value, selectionStart } = event.target;
    setText(contactId, value);
    setCaret(selectionStart);
    edited();
    if (value !== '') typing.touch();
    if (findSlashQuery(value, selectionStart) === null) picker.reset();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // An IME (pinyin, for one) uses Enter and the arrows to compose: leave them alone.
    if (event.nativeEvent.isComposing) return;
    if (picker.open && handlePickerKey(event)) return;
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      submit();
    }
  };

  /** Keys the open picker takes; true when it took this one. */
  const handlePickerKey = (event: KeyboardEvent<HTMLTextAreaElement>): boolean => {
    const choice = picker.options[picker.active];
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        if (picker.options.length === 0) return false;
        event.preventDefault();
        picker.move(event.key === 'ArrowDown' ? 1 : -1);
        return true;
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        picker.dismiss();
        return true;
      case 'Tab':
        if (choice === undefined) return false;
        event.preventDefault();
        pick(choice);
        return true;
      case 'Enter':
        if (event.shiftKey) return false;
        // With no match, Enter does nothing rather than send "/typo" to the customer.
        event.preventDefault();
        if (choice !== undefined) pick(choice);
        return true;
      default:
        return false;
    }
  };

  return {
    enabled,
    text,
    overBy,
    canSend,
    emptyRefused,
    send,
    picker,
    pick,
    submit,
    onChange,
    onKeyDown,
    onSelect: (event: { currentTarget: HTMLTextAreaElement }) =>
      setCaret(event.currentTarget.selectionStart),
  };
}
