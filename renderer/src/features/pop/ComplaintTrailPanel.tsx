import { Button, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Complaint, CustomerPromise } from '../../../../shared/schemas/voc';
import { ComplaintItem } from './ComplaintItem';
import { PanelCard } from './PanelCard';
import { PromiseList } from './PromiseList';
import { plainList, sectionTitle } from './styles';
import { useComplaintTrail } from './useComplaintTrail';
import { useNow } from './useNow';
import { useShowMore } from './useShowMore';

export interface ComplaintTrailPanelProps {
  complaints: readonly Complaint[];
  promises: readonly CustomerPromise[];
}

/** The customer's voice: complaints newest first, and the promises made to them. */
export function ComplaintTrailPanel({ complaints, promises }: ComplaintTrailPanelProps) {
  const { t } = useTranslation('pop');
  const now = useNow();
  const trail = useComplaintTrail(complaints, promises, now);
  const { visible, hidden, next, showMore } = useShowMore(trail.complaints.length);
  return (
    <PanelCard
      testId="panel-complaints"
      title={t('panel.complaints')}
      extra={
        trail.openCount > 0 && (
          <Tag color="warning" data-testid="complaints-open-count">
            {t('complaints.open', { count: trail.openCount })}
          </Tag>
        )
      }
    >
      <PromiseList promises={trail.promises} />
      <section>
        <Typography.Title level={5} style={sectionTitle}>
          {t('complaints.title')}
        </Typography.Title>
        {trail.complaints.length === 0 ? (
          <Typography.Text type="secondary" data-testid="complaints-empty">
            {t('complaints.empty')}
          </Typography.Text>
        ) : (
          <ul style={{ ...plainList, gap: 12 }}>
            {trail.complaints.slice(0, visible).map((view) => (
              <ComplaintItem key={view.complaint.id} {...view} />
            ))}
          </ul>
        )}
        {hidden > 0 && (
          <Button type="link" size="small" onClick={showMore} data-testid="complaints-more">
            {t('complaints.showMore', { count: next })}
          </Button>
        )}
      </section>
    </PanelCard>
  );
}
