import { Alert, Button, Empty, Flex, Result, Skeleton, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrendsQuery } from '../../../../../shared/schemas/console-trends';
import { useConsoleTrends } from '../../../api/console/trends';
import { PartnerScorecard } from './PartnerScorecard';
import { TrendCharts } from './TrendCharts';
import { formatHour } from './trend-format';
import { isTrendsEmpty } from './trend-options';
import { DEFAULT_TRENDS_RANGE, TrendsRange } from './TrendsRange';

type TrendsResult = ReturnType<typeof useConsoleTrends>;

function RetryButton({ query }: { query: TrendsResult }) {
  const { t } = useTranslation('trends');
  return (
    <Button size="small" onClick={() => void query.refetch()} data-testid="trends-retry">
      {t('retry')}
    </Button>
  );
}

function TrendsBody({ query }: { query: TrendsResult }) {
  const { t } = useTranslation('trends');
  if (query.data === undefined) {
    if (query.isError) {
      return (
        <Result
          data-testid="trends-error"
          status="error"
          title={t('error')}
          subTitle={query.error.message}
          extra={<RetryButton query={query} />}
        />
      );
    }
    return (
      <div data-testid="trends-loading" aria-busy="true" aria-label={t('loading')}>
        <Skeleton active paragraph={{ rows: 8 }} />
      </div>
    );
  }
  if (isTrendsEmpty(query.data)) {
    return (
      <div data-testid="trends-empty">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('empty')} />
      </div>
    );
  }
  return (
    <Flex vertical gap={16}>
      {/* A failed refresh keeps the last charts on screen, and says so. */}
      {query.isError && (
        <Alert
          data-testid="trends-stale"
          type="warning"
          showIcon
          title={t('error')}
          description={query.error.message}
          action={<RetryButton query={query} />}
        />
      )}
      <TrendCharts trends={query.data} days={query.data.range.days} />
      <PartnerScorecard partners={query.data.partners} />
    </Flex>
  );
}

function UpdatedAt({ query }: { query: TrendsResult }) {
  const { t, i18n } = useTranslation('trends');
  if (query.isFetching && query.data !== undefined) {
    return (
      <Typography.Text type="secondary" data-testid="trends-refreshing">
        <Spin size="small" /> {t('refreshing')}
      </Typography.Text>
    );
  }
  if (query.data === undefined) return null;
  const { generatedAt } = query.data;
  return (
    <Typography.Text type="secondary" data-testid="trends-updated">
      {t('updated', { time: formatHour(generatedAt, i18n.resolvedLanguage ?? i18n.language) })}
    </Typography.Text>
  );
}

/**
 * The team lead's trends: contacts, service level and risk over the last hours; complaints
 * (by root cause, by product line), worklist outcomes and the partners' scorecard over the
 * last days. Polled once a minute while on screen; the live board is pushed elsewhere.
 */
export function TrendsPanel() {
  const { t } = useTranslation('trends');
  const [range, setRange] = useState<TrendsQuery>(DEFAULT_TRENDS_RANGE);
  const query = useConsoleTrends(range);
  return (
    <section data-testid="trends" aria-labelledby="trends-title" aria-busy={query.isFetching}>
      <Flex align="center" justify="space-between" gap={12} wrap style={{ marginBottom: 12 }}>
        <div>
          <Typography.Title level={5} id="trends-title" style={{ margin: 0 }}>
            {t('title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('subtitle')}</Typography.Text>
        </div>
        <Flex align="center" gap={12} wrap>
          <TrendsRange range={range} onChange={setRange} />
          <UpdatedAt query={query} />
        </Flex>
      </Flex>
      <TrendsBody query={query} />
    </section>
  );
}
