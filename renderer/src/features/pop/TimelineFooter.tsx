import { Button, Flex, Spin, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineState } from './useTimeline';

interface TimelineFooterProps {
  state: Pick<TimelineState, 'hasOlder' | 'olderFailed' | 'isLoadingOlder' | 'loadOlder'>;
  /** Offer the next page as a button instead of fetching it on reaching the end (filtered). */
  manual?: boolean;
  style: CSSProperties;
}

/** The last virtual row: older pages loading, a retry after a failure, or the start of history. */
export function TimelineFooter({ state, manual = false, style }: TimelineFooterProps) {
  const { t } = useTranslation('pop');
  return (
    <Flex
      role="listitem"
      data-testid="timeline-footer"
      align="center"
      justify="center"
      gap={8}
      style={style}
    >
      {!state.hasOlder ? (
        <Typography.Text type="secondary">{t('timeline.start')}</Typography.Text>
      ) : state.olderFailed ? (
        <>
          <Typography.Text type="danger">{t('timeline.olderFailed')}</Typography.Text>
          <Button size="small" onClick={state.loadOlder} data-testid="timeline-retry">
            {t('timeline.retry')}
          </Button>
        </>
      ) : manual && !state.isLoadingOlder ? (
        <Button size="small" onClick={state.loadOlder} data-testid="timeline-load-older">
          {t('timeline.loadOlder')}
        </Button>
      ) : (
        <>
          <Spin size="small" />
          <Typography.Text type="secondary">{t('timeline.loadingOlder')}</Typography.Text>
        </>
      )}
    </Flex>
  );
}
