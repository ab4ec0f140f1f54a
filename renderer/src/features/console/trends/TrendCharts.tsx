import { Card, Empty, Skeleton } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { POLICY_LINES, ROOT_CAUSES, WORKLIST_OUTCOMES } from '../../../../../shared/domain';
import type { ConsoleTrends } from '../../../../../shared/schemas/console-trends';
import type { ChartOption } from './echarts-core';
import {
  contactsOption,
  dailyStackOption,
  dayAxis,
  hasContacts,
  hasCounts,
  hasRisk,
  riskOption,
} from './trend-options';
import { useChartWords } from './use-chart-words';

/**
 * ECharts (~180 kB gzipped even trimmed) is loaded when a lead first opens the trends, not
 * with the agent desktop: agents never pay for it on their way to the first pop.
 */
const EChart = lazy(() => import('./EChart').then((module) => ({ default: module.EChart })));
const CHART_HEIGHT = 260;

interface ChartSpec {
  id: string;
  title: string;
  hasData: boolean;
  option: ChartOption;
}

function ChartCard({ spec }: { spec: ChartSpec }) {
  const { t } = useTranslation('trends');
  return (
    <Card
      size="small"
      title={spec.title}
      data-testid={`trend-card-${spec.id}`}
      styles={{ body: { padding: 8 } }}
    >
      {spec.hasData ? (
        <Suspense
          fallback={<Skeleton.Node active style={{ width: '100%', height: CHART_HEIGHT }} />}
        >
          <EChart
            option={spec.option}
            label={spec.title}
            height={CHART_HEIGHT}
            data-testid={`trend-chart-${spec.id}`}
          />
        </Suspense>
      ) : (
        <div data-testid={`trend-empty-${spec.id}`}>
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noData')} />
        </div>
      )}
    </Card>
  );
}

/** The five charts: two over the last hours, three over the last days. */
export function TrendCharts({ trends, days }: { trends: ConsoleTrends; days: number }) {
  const { t } = useTranslation('trends');
  const words = useChartWords();
  const charts = useMemo((): ChartSpec[] => {
    const { hours, complaintsByRootCause, complaintsByLine, worklistOutcomes } = trends;
    const axis = dayAxis(
      trends.generatedAt,
      days,
      complaintsByRootCause,
      complaintsByLine,
      worklistOutcomes,
    );
    return [
      {
        id: 'contacts',
        title: t('chart.contacts'),
        hasData: hasContacts(hours),
        option: contactsOption(hours, words, {
          contacts: t('series.contacts'),
          abandoned: t('series.abandoned'),
          serviceLevel: t('series.serviceLevel'),
        }),
      },
      {
        id: 'risk',
        title: t('chart.risk'),
        hasData: hasRisk(hours),
        option: riskOption(hours, words, {
          averageRisk: t('series.averageRisk'),
          highRisk: t('series.highRisk'),
        }),
      },
      {
        id: 'root-cause',
        title: t('chart.rootCause'),
        hasData: hasCounts(complaintsByRootCause),
        option: dailyStackOption(
          complaintsByRootCause,
          ROOT_CAUSES,
          axis,
          (key) => t(`rootCause.${key}`, { ns: 'pop' }),
          words,
        ),
      },
      {
        id: 'line',
        title: t('chart.line'),
        hasData: hasCounts(complaintsByLine),
        option: dailyStackOption(
          complaintsByLine,
          POLICY_LINES,
          axis,
          (key) => t(`policyLine.${key}`, { ns: 'pop' }),
          words,
        ),
      },
      {
        id: 'outcomes',
        title: t('chart.outcomes'),
        hasData: hasCounts(worklistOutcomes),
        option: dailyStackOption(
          worklistOutcomes,
          WORKLIST_OUTCOMES,
          axis,
          (key) => t(`outcomes.${key}`, { ns: 'worklist' }),
          words,
        ),
      },
    ];
  }, [trends, days, words, t]);

  return (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 440px), 1fr))',
        gap: 12,
      }}
    >
      {charts.map((spec) => (
        <ChartCard key={spec.id} spec={spec} />
      ))}
    </div>
  );
}
