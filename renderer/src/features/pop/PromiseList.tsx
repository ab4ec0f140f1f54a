import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PromiseView } from './useComplaintTrail';
import { PROMISE_STATUS_COLOR, TEXT_VALUES } from './presentation';
import { plainList, sectionTitle } from './styles';
import { useFormat } from './useFormat';

function PromiseItem({ promise, daysOverdue }: PromiseView) {
  const { t } = useTranslation('pop');
  const format = useFormat();
  const overdue = daysOverdue > 0;
  return (
    <li
      data-testid={overdue ? 'promise-overdue' : 'promise'}
      data-promise-id={promise.id}
      data-status={promise.status}
    >
      <Flex gap={4} wrap align="center">
        <Tag color={PROMISE_STATUS_COLOR[promise.status]}>
          {t(`promiseStatus.${promise.status}`)}
        </Tag>
        {overdue && <Tag color="error">{t('promises.overdue', { count: daysOverdue })}</Tag>}
        <Typography.Text strong={overdue} style={{ overflowWrap: 'anywhere' }}>
          <bdi>{promise.description}</bdi>
        </Typography.Text>
      </Flex>
      <Typography.Text type="secondary">
        {t('promises.madeBy', { name: promise.madeBy, ...TEXT_VALUES })} ·{' '}
        {t('promises.due', { date: format.date(promise.dueAt) })}
      </Typography.Text>
    </li>
  );
}

export function PromiseList({ promises }: { promises: readonly PromiseView[] }) {
  const { t } = useTranslation('pop');
  return (
    <section>
      <Typography.Title level={5} style={{ ...sectionTitle, marginBlockStart: 0 }}>
        {t('promises.title')}
      </Typography.Title>
      {promises.length === 0 ? (
        <Typography.Text type="secondary">{t('promises.empty')}</Typography.Text>
      ) : (
        <ul style={plainList}>
          {promises.map((view) => (
            <PromiseItem key={view.promise.id} {...view} />
          ))}
        </ul>
      )}
    </section>
  );
}
