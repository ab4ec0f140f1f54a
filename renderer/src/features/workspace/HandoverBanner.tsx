import { SwapOutlined } from '@ant-design/icons';
import { Alert, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Handover } from '../../../../shared/schemas/contact';
import { useFormat } from '../pop/useFormat';

/**
 * What the previous agent handed over with the contact: their note, and the facts they already
 * confirmed with the customer, so nobody asks again.
 */
export function HandoverBanner({ handover }: { handover: Handover }) {
  const { t } = useTranslation('workspace');
  const format = useFormat();
  return (
    <Alert
      data-testid="handover"
      data-mode={handover.mode}
      type="warning"
      showIcon
      icon={<SwapOutlined />}
      style={{ margin: '0 16px 8px' }}
      title={
        <Flex align="center" gap="small" wrap>
          <Typography.Text strong>
            {t('handover.title', { name: handover.fromAgentName })}
          </Typography.Text>
          <Tag>{t(`handover.mode.${handover.mode}`)}</Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {format.dateTime(handover.at)}
          </Typography.Text>
        </Flex>
      }
      description={
        <Flex vertical gap={4}>
          {handover.note !== '' && (
            <div>
              <Typography.Text type="secondary">{t('handover.note')}: </Typography.Text>
              <Typography.Text data-testid="handover-note" style={{ whiteSpace: 'pre-wrap' }}>
                <bdi>{handover.note}</bdi>
              </Typography.Text>
            </div>
          )}
          {handover.facts.length > 0 && (
            <div>
              <Typography.Text strong>{t('handover.facts')}</Typography.Text>
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {handover.facts.map((fact, index) => (
                  <li key={`${String(index)}-${fact}`} data-testid="handover-fact">
                    <bdi>{fact}</bdi>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </Flex>
      }
    />
  );
}
