import { memo } from 'react';
import { WarningOutlined } from '@ant-design/icons';
import { Empty, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueBoard } from '../../../../shared/schemas/console';
import { ChannelIcon } from '../pop/ChannelIcon';
import { useFormat } from '../pop/useFormat';
import { formatClock, secondsSince } from '../workspace/clock';
import { useConsoleNow } from './console-clock';
import { SERVICE_LEVEL_TARGET } from './presentation';

interface QueuesBoardProps {
  queues: readonly QueueBoard[];
  /** When the board was built: the longest wait keeps counting from there. */
  generatedAt: string;
  serviceLevelSeconds: number;
}

/** The longest wait of a queue, ticking on the console's one clock while someone waits. */
function LongestWait({ queue, generatedAt }: { queue: QueueBoard; generatedAt: string }) {
  const { t, i18n } = useTranslation('console');
  const now = useConsoleNow();
  if (queue.waiting === 0) return <span data-testid="queue-longest-wait">{t('none')}</span>;
  const seconds = queue.longestWaitSeconds + secondsSince(generatedAt, now);
  return (
    <span data-testid="queue-longest-wait" data-seconds={seconds}>
      {formatClock(seconds, i18n.language)}
    </span>
  );
}

/** A service level as a percentage; below target in red, with an icon and words for it. */
function ServiceLevel({ value, testId }: { value: number | null; testId: string }) {
  const { t } = useTranslation('console');
  const format = useFormat();
  if (value === null) return <span data-testid={testId}>{t('none')}</span>;
  const below = value < SERVICE_LEVEL_TARGET;
  return (
    <Typography.Text
      data-testid={testId}
      data-below-target={below}
      type={below ? 'danger' : undefined}
      strong={below}
    >
      {below && <WarningOutlined aria-label={t('queues.belowTarget')} />} {format.percent(value)}
    </Typography.Text>
  );
}

/** `data-*` attributes for a table row (antd passes them through to the `<tr>`). */
function rowAttributes(queue: QueueBoard): HTMLAttributes<HTMLElement> {
  const attributes: Record<string, string> = {
    'data-testid': 'queue-row',
    'data-queue-id': queue.id,
  };
  return attributes;
}

/**
 * A cell is drawn again only when its queue changed. A pushed board keeps the objects of queues
 * whose figures did not change (react-query's structural sharing), so a board that moved three
 * queues redraws three rows, not fifty. The longest wait is left out: it counts from the board's
 * time. A language switch remounts the table.
 */
const queueChanged = (queue: QueueBoard, previous: QueueBoard) => queue !== previous;

/** Per queue: who waits and for how long, service level, today's work and the agents on it. */
function QueuesBoardView({ queues, generatedAt, serviceLevelSeconds }: QueuesBoardProps) {
  const { t, i18n } = useTranslation('console');
  const format = useFormat();
  const count = (n: number) => format.count(n);
  const duration = (seconds: number | null) =>
    seconds === null ? t('none') : format.duration(seconds);
  const slHint = t('queues.slHint', {
    seconds: count(serviceLevelSeconds),
    target: format.percent(SERVICE_LEVEL_TARGET),
  });
  const columns: ColumnsType<QueueBoard> = withCellUpdates([
    {
      key: 'name',
      title: t('queues.queue'),
      render: (_, queue) => (
        <span data-testid="queue-name">
          <ChannelIcon channel={queue.channel} label={t(`channel.${queue.channel}`)} />{' '}
          <bdi>{queue.name}</bdi>
        </span>
      ),
    },
    {
      key: 'waiting',
      title: t('queues.waiting'),
      align: 'end',
      render: (_, queue) => <span data-testid="queue-waiting">{count(queue.waiting)}</span>,
    },
    {
      key: 'longest',
      title: t('queues.longestWait'),
      align: 'end',
      render: (_, queue) => <LongestWait queue={queue} generatedAt={generatedAt} />,
    },
    {
      key: 'sl',
      title: <span title={slHint}>{t('queues.serviceLevel')}</span>,
      children: [
        {
          key: 'sl15',
          title: t('queues.last15'),
          align: 'end',
          render: (_, queue) => (
            <ServiceLevel value={queue.last15Minutes.serviceLevel} testId="queue-sl-15" />
          ),
        },
        {
          key: 'slToday',
          title: t('queues.today'),
          align: 'end',
          render: (_, queue) => (
            <ServiceLevel value={queue.today.serviceLevel} testId="queue-sl-today" />
          ),
        },
      ],
    },
    {
      key: 'today',
      title: t('queues.today'),
      children: [
        {
          key: 'answered',
          title: t('queues.answered'),
          align: 'end',
          render: (_, queue) => (
            <span data-testid="queue-answered">{count(queue.today.answered)}</span>
          ),
        },
        {
          key: 'abandoned',
          title: t('queues.abandoned'),
          align: 'end',
          render: (_, queue) => (
            <span data-testid="queue-abandoned">{count(queue.today.abandoned)}</span>
          ),
        },
        {
          key: 'aht',
          title: t('queues.aht'),
          align: 'end',
          render: (_, queue) => (
            <span data-testid="queue-aht">{duration(queue.today.averageHandleSeconds)}</span>
          ),
        },
      ],
    },
    {
      key: 'agents',
      title: t('queues.agents'),
      children: (['available', 'onContact', 'wrapUp', 'away'] as const).map((state) => ({
        key: state,
        title: t(`queues.${state}`),
        align: 'end' as const,
        render: (_: unknown, queue: QueueBoard) => (
          <span data-testid={`queue-agents-${state}`}>{count(queue.agents[state])}</span>
        ),
      })),
    },
  ]);
  return (
    <section data-testid="queues-board" aria-labelledby="console-queues-title">
      <Typography.Title level={5} id="console-queues-title" style={{ marginBlock: '0 8px' }}>
        {t('queues.title')}
      </Typography.Title>
      <Table<QueueBoard>
        key={i18n.language}
        size="small"
        bordered
        rowKey="id"
        pagination={false}
        columns={columns}
        dataSource={queues}
        onRow={rowAttributes}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('queues.empty')} />,
        }}
      />
    </section>
  );
}

/** Every leaf column but the longest wait redraws only for a changed queue (see queueChanged). */
function withCellUpdates(columns: ColumnsType<QueueBoard>): ColumnsType<QueueBoard> {
  return columns.map((column) =>
    'children' in column
      ? { ...column, children: withCellUpdates(column.children) }
      : column.key === 'longest'
        ? column
        : { ...column, shouldCellUpdate: queueChanged },
  );
}

/** Memoized: the console's urgent render for a new board stops here (see ConsolePage). */
export const QueuesBoard = memo(QueuesBoardView);
