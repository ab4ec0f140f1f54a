import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';

export function IdleState() {
  const { t } = useTranslation();
  return (
    <div data-testid="idle" style={{ paddingBlock: 96 }}>
      <Empty description={t('workspace.idle')}>{t('workspace.idleHint')}</Empty>
    </div>
  );
}
