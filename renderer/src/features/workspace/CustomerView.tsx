import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Flex, Result, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isReasonRequired } from '../pop/access-error';
import { OpenWithReasonForm } from '../pop/OpenWithReasonForm';
import { PopPanels } from '../pop/PopPanels';
import { usePopBundle } from '../pop/usePopBundle';
import { useSetWorkspaceView } from '../../state';

/**
 * One customer's story without a contact: what a firebreak://customer/ID link opens (a softphone
 * or CRM handing the customer over). The same panels as a pop, fetched from the gateway; a
 * customer who is not on one of the agent's contacts opens only with a stated reason.
 */
export function CustomerView({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const setView = useSetWorkspaceView();
  const query = usePopBundle(customerId, null);
  return (
    <Flex
      vertical
      data-testid="customer-view"
      data-customer-id={customerId}
      style={{ height: '100%', minHeight: 0 }}
    >
      <Flex align="center" gap="small" style={{ paddingInline: 8, paddingBlockStart: 8 }}>
        <Button
          icon={<ArrowLeftOutlined />}
          onClick={() => setView('contacts')}
          data-testid="customer-view-back"
        >
          {t('desktop.backToContacts')}
        </Button>
        <Typography.Text type="secondary">{t('desktop.customerView')}</Typography.Text>
      </Flex>
      <div style={{ flex: '1 1 auto', minHeight: 0 }}>
        {query.data ? (
          <PopPanels bundle={query.data} />
        ) : query.isError && isReasonRequired(query.error) ? (
          <OpenWithReasonForm customerId={customerId} />
        ) : query.isError ? (
          <Result
            data-testid="pop-error"
            status="error"
            title={t('pop:state.error')}
            subTitle={query.error.message}
            extra={
              <Button onClick={() => void query.refetch()} data-testid="pop-retry">
                {t('pop:state.retry')}
              </Button>
            }
          />
        ) : (
          <div data-testid="pop-loading" aria-busy="true" aria-label={t('pop:state.loading')}>
            <Skeleton active paragraph={{ rows: 8 }} style={{ padding: 16 }} />
          </div>
        )}
      </div>
    </Flex>
  );
}
