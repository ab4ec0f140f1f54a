import { useTranslation } from 'react-i18next';
import { useWhispers } from '../../api/chat/whispers';
import { WhisperBubble } from './WhisperBubble';

/**
 * A lead's whispers about a contact that has no chat pane (a call): a compact list under the
 * contact bar, newest first. The live region stays mounted so each new one is announced.
 */
export function WhisperNotices({ contactId }: { contactId: string }) {
  const { t } = useTranslation('chat');
  const whispers = useWhispers(contactId);
  return (
    <div aria-live="polite">
      {whispers.length > 0 && (
        <ul
          aria-label={t('whisper.list')}
          data-testid="whisper-notices"
          style={{
            listStyle: 'none',
            margin: 0,
            paddingBlock: 4,
            paddingInline: 16,
            maxHeight: 160,
            overflowY: 'auto',
            display: 'flex',
            flexDirection: 'column',
            gap: 4,
          }}
        >
          {whispers.toReversed().map((whisper) => (
            <li key={whisper.id} data-testid="whisper-notice" data-whisper-id={whisper.id}>
              <WhisperBubble whisper={whisper} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
