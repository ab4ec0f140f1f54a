import { Empty } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecommendedScript } from '../../../../shared/schemas/pop';
import { PanelCard } from './PanelCard';
import { ScriptCard } from './ScriptCard';
import { plainList } from './styles';
import { useCopyToClipboard } from './useCopyToClipboard';

export interface ScriptsPanelProps {
  scripts: readonly RecommendedScript[];
  /** Marketing scripts are flagged when the customer has not consented to marketing. */
  marketingConsent: boolean;
}

/** Ranked scripts the server filled from the facts, ready to read out or paste into a chat. */
export function ScriptsPanel({ scripts, marketingConsent }: ScriptsPanelProps) {
  const { t } = useTranslation('pop');
  const { state, copy } = useCopyToClipboard();
  const ranked = useMemo(() => [...scripts].sort((a, b) => b.score - a.score), [scripts]);
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
              outcome={state?.id === script.id ? state.outcome : null}
              onCopy={() => void copy(script.id, script.text)}
            />
          ))}
        </ol>
      )}
    </PanelCard>
  );
}
