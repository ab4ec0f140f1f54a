import { Alert, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePresence } from '../../state';

export function IdleState() {
  const { t } = useTranslation();
  const { t: tWorkspace } = useTranslation('workspace');
  const presence = usePresence();
  return (
    <div data-testid="idle" style={{ paddingBlock: 96 }}>
      <Empty description={t('workspace.idle')}>{t('workspace.idleHint')}</Empty>
      {presence?.state === 'away' && (
        <Alert
          data-testid="idle-away"
          type="warning"
          showIcon
          style={{ maxWidth: 480, margin: '16px auto 0' }}
          title={tWorkspace('presence.awayIdle', {
            reason: tWorkspace(`presence.reason.${presence.reason ?? 'break'}`),
          })}
        />
      )}
    </div>
  );
}
