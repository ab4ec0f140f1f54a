import { Button, Empty, Flex, Result, Segmented, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WORKLIST_FILTERS, type WorklistFilter } from '../../api/preemption/keys';
import { useAgent } from '../../state';
import { useFormat } from '../pop/useFormat';
import { useNow } from '../pop/useNow';
import { useWorklist } from './useWorklist';
import { WorklistRow } from './WorklistRow';

function WorklistBody({ filter }: { filter: WorklistFilter }) {
  const { t } = useTranslation('worklist');
  const query = useWorklist(filter);
  const agent = useAgent();
  const now = useNow();
  if (query.isPending) {
    return (
      <div data-testid="worklist-loading" aria-busy="true" aria-label={t('loading')}>
        <Skeleton active paragraph={{ rows: 6 }} />
      </div>
    );
  }
  if (query.isError) {
    return (
      <Result
        data-testid="worklist-error"
        status="error"
        title={t('error')}
        subTitle={query.error.message}
        extra={
          <Button onClick={() => void query.refetch()} data-testid="worklist-retry">
            {t('retry')}
          </Button>
        }
      />
    );
  }
  if (query.data.items.length === 0) {
    return (
      <div data-testid="worklist-empty">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('empty')} />
      </div>
    );
  }
  return (
    <ol aria-label={t('list')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {query.data.items.map((item) => (
        <WorklistRow key={item.id} item={item} agentId={agent?.id ?? null} now={now} />
      ))}
    </ol>
  );
}

function WorklistCount({ filter }: { filter: WorklistFilter }) {
  const { t } = useTranslation('worklist');
  const format = useFormat();
  const { data } = useWorklist(filter);
  if (data === undefined) return null;
  return (
    <Typography.Text type="secondary" data-testid="worklist-count">
      {t('count', { shown: format.count(data.items.length), total: format.count(data.total) })}
    </Typography.Text>
  );
}

/**
 * The pre-emption worklist: customers whose risk crossed the threshold and who have not
 * contacted us yet, highest score first. An agent claims one, reaches out, records the outcome.
 * The header's toggle leads back to the contacts.
 */
export function WorklistPage() {
  const { t } = useTranslation('worklist');
  const [filter, setFilter] = useState<WorklistFilter>('active');
  return (
    <section
      data-testid="worklist"
      aria-labelledby="worklist-title"
      style={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}
    >
      <Flex
        align="center"
        justify="space-between"
        gap={12}
        wrap
        style={{ paddingBlock: 8, paddingInline: 16 }}
      >
        <div>
          <Typography.Title level={4} id="worklist-title" style={{ margin: 0 }}>
            {t('title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('subtitle')}</Typography.Text>
        </div>
        <Flex align="center" gap={12} wrap>
          <Segmented<WorklistFilter>
            data-testid="worklist-filter"
            aria-label={t('filter.label')}
            size="small"
            value={filter}
            onChange={setFilter}
            options={WORKLIST_FILTERS.map((value) => ({
              value,
              label: <span data-testid={`worklist-filter-${value}`}>{t(`filter.${value}`)}</span>,
            }))}
          />
          <WorklistCount filter={filter} />
        </Flex>
      </Flex>
      <div style={{ flex: 1, minHeight: 0, overflowY: 'auto', paddingInline: 16 }}>
        <WorklistBody filter={filter} />
      </div>
    </section>
  );
}
