import { HourglassOutlined } from '@ant-design/icons';
import { Alert, Button, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A warm transfer this agent started, waiting for the colleague's accept. The agent keeps the
 * customer meanwhile; "Keep going" folds the notice into a tag.
 */
export function PendingTransferNotice({ toAgentName }: { toAgentName: string }) {
  const { t } = useTranslation('workspace');
  const [folded, setFolded] = useState(false);
  if (folded) {
    return (
      <Tag
        data-testid="transfer-pending"
        data-folded="true"
        icon={<HourglassOutlined />}
        color="processing"
        style={{ margin: '0 16px 8px', alignSelf: 'flex-start' }}
      >
        {t('pending.tag', { name: toAgentName })}
      </Tag>
    );
  }
  return (
    <Alert
      data-testid="transfer-pending"
      data-folded="false"
      type="info"
      showIcon
      icon={<HourglassOutlined />}
      style={{ margin: '0 16px 8px' }}
      title={t('pending.waiting', { name: toAgentName })}
      description={t('pending.hint')}
      action={
        <Button size="small" data-testid="transfer-keep-going" onClick={() => setFolded(true)}>
          {t('pending.keepGoing')}
        </Button>
      }
    />
  );
}
