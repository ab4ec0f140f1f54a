import { WarningOutlined } from '@ant-design/icons';
import { Empty, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerScore } from '../../../../../shared/schemas/console-trends';
import { useFormat } from '../../pop/useFormat';
import {
  compareNullable,
  HIGH_ERROR_RATE,
  isHighErrorRate,
  isLowTimeliness,
  LOW_TIMELINESS,
} from './partner-flags';

const NO_VALUE = '—';

/** A share as a percentage; flagged ones in red, with an icon and words saying why. */
function Share({
  value,
  flagged,
  why,
  testId,
}: {
  value: number | null;
  flagged: boolean;
  why: string;
  testId: string;
}) {
  const format = useFormat();
  if (value === null) return <span data-testid={testId}>{NO_VALUE}</span>;
  return (
    <Typography.Text
      data-testid={testId}
      data-flagged={flagged}
      type={flagged ? 'danger' : undefined}
      strong={flagged}
      title={flagged ? why : undefined}
    >
      {flagged && <WarningOutlined aria-label={why} />} {format.percent(value)}
    </Typography.Text>
  );
}

/** `data-*` attributes for a table row (antd passes them through to the `<tr>`). */
function rowAttributes(partner: PartnerScore): HTMLAttributes<HTMLElement> {
  const attributes: Record<string, string> = {
    'data-testid': 'partner-row',
    'data-partner-id': partner.partnerId,
  };
  return attributes;
}

/**
 * The partners who worked claims in the period: promises kept on time, touchpoints and their
 * error rate, complaints about their claims. Sortable by every column; most complaints first.
 */
export function PartnerScorecard({ partners }: { partners: readonly PartnerScore[] }) {
  const { t } = useTranslation('trends');
  const format = useFormat();
  const count = (n: number) => format.count(n);
  const lateWhy = t('partners.lowTimeliness', { threshold: format.percent(LOW_TIMELINESS) });
  const errorWhy = t('partners.highErrorRate', { threshold: format.percent(HIGH_ERROR_RATE) });
  const kind = (partner: PartnerScore) => t(`partnerKind.${partner.kind}`, { ns: 'pop' });
  const number = (key: 'promisesDue' | 'touchpoints' | 'complaints') => ({
    key,
    title: t(`partners.${key}`),
    align: 'end' as const,
    sorter: (a: PartnerScore, b: PartnerScore) => a[key] - b[key],
    render: (_: unknown, partner: PartnerScore) => (
      <span data-testid={`partner-${key}`}>{count(partner[key])}</span>
    ),
  });
  const columns: ColumnsType<PartnerScore> = [
    {
      key: 'name',
      title: t('partners.name'),
      sorter: (a, b) => a.name.localeCompare(b.name, format.locale),
      render: (_, partner) => (
        <bdi data-testid="partner-name" style={{ fontWeight: 500 }}>
          {partner.name}
        </bdi>
      ),
    },
    {
      key: 'kind',
      title: t('partners.kind'),
      sorter: (a, b) => kind(a).localeCompare(kind(b), format.locale),
      render: (_, partner) => <span data-testid="partner-kind">{kind(partner)}</span>,
    },
    number('promisesDue'),
    {
      key: 'timeliness',
      title: t('partners.timeliness'),
      align: 'end',
      sorter: (a, b) => compareNullable(a.timeliness, b.timeliness),
      render: (_, partner) => (
        <Share
          value={partner.timeliness}
          flagged={isLowTimeliness(partner)}
          why={lateWhy}
          testId="partner-timeliness"
        />
      ),
    },
    number('touchpoints'),
    {
      key: 'errorRate',
      title: t('partners.errorRate'),
      align: 'end',
      sorter: (a, b) => compareNullable(a.errorRate, b.errorRate),
      render: (_, partner) => (
        <Share
          value={partner.errorRate}
          flagged={isHighErrorRate(partner)}
          why={errorWhy}
          testId="partner-error-rate"
        />
      ),
    },
    { ...number('complaints'), defaultSortOrder: 'descend' },
  ];
  return (
    <section data-testid="partner-scorecard" aria-labelledby="trends-partners-title">
      <Typography.Title level={5} id="trends-partners-title" style={{ marginBlock: '0 8px' }}>
        {t('partners.title')}
      </Typography.Title>
      <Table<PartnerScore>
        size="small"
        rowKey="partnerId"
        pagination={false}
        columns={columns}
        dataSource={partners}
        onRow={rowAttributes}
        showSorterTooltip={false}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('partners.empty')} />
          ),
        }}
      />
    </section>
  );
}
