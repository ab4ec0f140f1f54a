import { Empty } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecommendedScript } from '../../../../shared/schemas/pop';
import type { PlaybookMatch } from '../../../../shared/schemas/risk';
import { useInsertIntoChat } from '../chat/use-insert-into-chat';
import { useHeldContacts } from '../workspace/use-held-contacts';
import { PanelCard } from './PanelCard';
import { ScriptCard } from './ScriptCard';
import { plainList } from './styles';
import { useCopyToClipboard } from './useCopyToClipboard';

export interface ScriptsPanelProps {
  scripts: readonly RecommendedScript[];
  /** Marketing scripts are flagged when the customer has not consented to marketing. */
  marketingConsent: boolean;
  /** The risk's matched playbooks: a script one of them brought forward is labelled with it. */
  playbooks?: readonly PlaybookMatch[];
}

/** The contact on screen when it is a chat the agent can write in, else null. */
function useLiveChatOnScreen(): string | null {
  const { active } = useHeldContacts();
  if (active === null) return null;
  const { id, channel, state } = active.contact;
  return channel === 'chat' && state === 'active' ? id : null;
}

/** Ranked scripts the server filled from the facts, ready to read out or paste into a chat. */
export function ScriptsPanel({ scripts, marketingConsent, playbooks = [] }: ScriptsPanelProps) {
  const { t } = useTranslation('pop');
  const { state, copy } = useCopyToClipboard();
  const chat = useLiveChatOnScreen();
  const { insertedId, insert } = useInsertIntoChat();
  const ranked = useMemo(() => [...scripts].sort((a, b) => b.score - a.score), [scripts]);
  const playbookTitles = useMemo(
    () => new Map(playbooks.map((playbook) => [playbook.id, playbook.title])),
    [playbooks],
  );
  return (
    <PanelCard testId="panel-scripts" title={t('panel.scripts')}>
      {ranked.length === 0 ? (
        <div data-testid="scripts-empty">
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('scripts.empty')} />
        </div>
      ) : (
        <ol style={{ ...plainList, gap: 16 }}>
          {ranked.map((script, index) => (
            <ScriptCard
              key={script.id}
              script={script}
              rank={index + 1}
              marketingConsent={marketingConsent}
              playbookTitle={
                script.playbookId === null
                  ? null
                  : (playbookTitles.get(script.playbookId) ?? script.playbookId)
              }
              outcome={state?.id === script.id ? state.outcome : null}
              onCopy={() => void copy(script.id, script.text)}
              onInsert={chat === null ? undefined : () => insert(chat, script.id, script.text)}
              inserted={chat !== null && insertedId === script.id}
            />
          ))}
        </ol>
      )}
    </PanelCard>
  );
}
