import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Language } from '../../../../shared/domain';
import type { CannedReply } from '../../../../shared/schemas/chat';
import { cannedRepliesQueryOptions } from '../../api/chat/queries';
import { filterCannedReplies, findSlashQuery, type SlashQuery } from './canned-query';

interface CannedPickerInput {
  text: string;
  caret: number;
  language: Language;
  /** False while the composer is disabled: nothing is fetched or offered. */
  enabled: boolean;
}

export interface CannedPicker {
  open: boolean;
  slash: SlashQuery | null;
  options: readonly CannedReply[];
  /** Index of the highlighted option (0 when there is none). */
  active: number;
  status: 'pending' | 'error' | 'success';
  move: (delta: number) => void;
  highlight: (index: number) => void;
  /** Escape: closed until the agent starts another `/`. */
  dismiss: () => void;
  /** The draft no longer has a `/word` at the caret: the next one opens the list again. */
  reset: () => void;
}

/** The `/` canned-reply list: open while the caret is in a `/word`, filtered by it. */
export function useCannedPicker({
  text,
  caret,
  language,
  enabled,
}: CannedPickerInput): CannedPicker {
  const replies = useQuery({ ...cannedRepliesQueryOptions(language), enabled });
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const [highlighted, setHighlighted] = useState({ key: '', index: 0 });

  const slash = enabled ? findSlashQuery(text, caret) : null;
  const open = slash !== null && slash.start !== dismissedAt;
  const options =
    open && replies.data !== undefined ? filterCannedReplies(replies.data.items, slash.query) : [];
  // The highlight belongs to one query; typing on starts again from the best match.
  const key = slash === null ? '' : `${slash.start}:${slash.query}`;
  const active =
    highlighted.key === key ? Math.max(0, Math.min(highlighted.index, options.length - 1)) : 0;

  return {
    open,
    slash,
    options,
    active,
    status: replies.status,
    move: (delta) => {
      if (options.length === 0) return;
      setHighlighted({ key, index: (active + delta + options.length) % options.length });
    },
    highlight: (index) => setHighlighted({ key, index }),
    dismiss: () => setDismissedAt(slash?.start ?? null),
    reset: () => setDismissedAt(null),
  };
}
