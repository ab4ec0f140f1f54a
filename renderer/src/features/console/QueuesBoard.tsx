import { createContext, memo, useContext } from 'react';
import { WarningOutlined } from '@ant-design/icons';
import { Empty, theme, Typography, type GlobalToken } from 'antd';
import { useTranslation } from 'react-i18next';
import type { QueueBoard } from '../../../../shared/schemas/console';
import { tokenThemeClass } from '../../ui/theme-vars';
import { ChannelIcon } from '../pop/ChannelIcon';
import { useFormat } from '../pop/useFormat';
import { useVirtualRows } from '../pop/useVirtualRows';
import { formatClock, secondsSince } from '../workspace/clock';
import { useConsoleNow } from './console-clock';
import { ConsoleKitProvider, useConsoleKit } from './console-kit';
import { SERVICE_LEVEL_TARGET } from './presentation';
import './queues-table.css';

interface QueuesBoardProps {
  queues: readonly QueueBoard[];
  /** When the board was built: the longest wait keeps counting from there. */
  generatedAt: string;
  serviceLevelSeconds: number;
}

const AGENT_STATES = ['available', 'onContact', 'wrapUp', 'away'] as const;
/**
 * Rows drawn beyond the window on each side. The virtualizer counts rows from the top of the scroll
 * box, where the sticky header (two or three lines) sits, so it already draws that many rows below
 * the last one in view; every row drawn is laid out and painted again at each board.
 */
const OVERSCAN_ROWS = 1;

/** A cell's height (px): one line of text, its padding and its border. */
const cellHeightOf = (token: GlobalToken) =>
  token.fontSize * token.lineHeight + 8 + token.lineWidth;
/** A row's height (px), set on every row so the windowing knows where each one is. */
const rowHeightOf = (token: GlobalToken) => Math.ceil(cellHeightOf(token));

/** The theme's values for `queues-table.css`, as a class worked out once per theme. */
const queuesThemeClass = tokenThemeClass('fb-queues-theme', (token) => ({
  '--fb-q-bg': token.colorBgContainer,
  '--fb-q-head-bg': token.colorFillAlter,
  '--fb-q-border': token.colorBorderSecondary,
  '--fb-q-line': `${String(token.lineWidth)}px`,
  '--fb-q-radius': `${String(token.borderRadius)}px`,
  '--fb-q-text': token.colorText,
  '--fb-q-danger': token.colorError,
  '--fb-q-strong': token.fontWeightStrong,
  '--fb-q-font': `${String(token.fontSize)}px`,
  '--fb-q-row': `${String(rowHeightOf(token))}px`,
  // The second header row sticks below the first: one cell's height.
  '--fb-q-head-row': `${String(cellHeightOf(token))}px`,
}));

/** When the board on screen was built: the longest waits count on from there. */
const BoardTime = createContext('');

/**
 * The longest wait of a queue, ticking on the console's one clock while someone waits. It reads the
 * board's time itself, so a new board redraws this cell in every queue, not the whole row.
 */
function LongestWait({ waiting, seconds }: { waiting: number; seconds: number }) {
  const { words, language } = useConsoleKit();
  const generatedAt = useContext(BoardTime);
  const now = useConsoleNow();
  if (waiting === 0) return <span data-testid="queue-longest-wait">{words.none}</span>;
  const total = seconds + secondsSince(generatedAt, now);
  return (
    <span data-testid="queue-longest-wait" data-seconds={total}>
      {formatClock(total, language)}
    </span>
  );
}

/** A service level as a percentage; below target in red and bold, with an icon and words for it. */
function ServiceLevel({ value, testId }: { value: number | null; testId: string }) {
  const { words, format } = useConsoleKit();
  if (value === null) return <span data-testid={testId}>{words.none}</span>;
  const below = value < SERVICE_LEVEL_TARGET;
  return (
    <span data-testid={testId} data-below-target={below} className={below ? 'fb-below' : undefined}>
      {below && <WarningOutlined aria-label={words.belowTarget} />} {format.percent(value)}
    </span>
  );
}

/**
 * One queue: plain cells. A row is drawn again only when its queue changed: a pushed board keeps
 * the objects of queues whose figures did not change (react-query's structural sharing), so a
 * board that moved three queues redraws three rows, not fifty (and every longest wait).
 */
const QueueRow = memo(function QueueRow({ queue, index }: { queue: QueueBoard; index: number }) {
  const { words, format } = useConsoleKit();
  const count = (n: number) => format.count(n);
  const aht = queue.today.averageHandleSeconds;
  return (
    <tr data-testid="queue-row" data-queue-id={queue.id} aria-rowindex={index + 3}>
      <td data-testid="queue-name">
        <ChannelIcon channel={queue.channel} label={words.channel[queue.channel]} />{' '}
        <bdi>{queue.name}</bdi>
      </td>
      <td className="fb-num" data-testid="queue-waiting">
        {count(queue.waiting)}
      </td>
      <td className="fb-num">
        <LongestWait waiting={queue.waiting} seconds={queue.longestWaitSeconds} />
      </td>
      <td className="fb-num">
        <ServiceLevel value={queue.last15Minutes.serviceLevel} testId="queue-sl-15" />
      </td>
      <td className="fb-num">
        <ServiceLevel value={queue.today.serviceLevel} testId="queue-sl-today" />
      </td>
      <td className="fb-num" data-testid="queue-answered">
        {count(queue.today.answered)}
      </td>
      <td className="fb-num" data-testid="queue-abandoned">
        {count(queue.today.abandoned)}
      </td>
      <td className="fb-num" data-testid="queue-aht">
        {aht === null ? words.none : format.duration(aht)}
      </td>
      {AGENT_STATES.map((state) => (
        <td key={state} className="fb-num" data-testid={`queue-agents-${state}`}>
          {count(queue.agents[state])}
        </td>
      ))}
    </tr>
  );
});

/** A spacer for the rows above or below the window, so the scroll box keeps its full height. */
function Spacer({ height }: { height: number }) {
  return height > 0 ? <tr aria-hidden="true" style={{ height }} /> : null;
}

/**
 * Per queue: who waits and for how long, service level, today's work and the agents on it. Only
 * the rows in view (and a few more) are drawn: a pushed board changes most queues, and fifty rows
 * laid out and painted several times a second were a large part of the lead's frames. A language
 * switch remounts the table (its key).
 */
function QueuesBoardView({ queues, generatedAt, serviceLevelSeconds }: QueuesBoardProps) {
  const { t, i18n } = useTranslation('console');
  const { token } = theme.useToken();
  const format = useFormat();
  const { scrollRef, rows, totalSize } = useVirtualRows(
    queues.length,
    rowHeightOf(token),
    OVERSCAN_ROWS,
    'console-queues',
  );
  const first = rows[0];
  const last = rows.at(-1);
  const slHint = t('queues.slHint', {
    seconds: format.count(serviceLevelSeconds),
    target: format.percent(SERVICE_LEVEL_TARGET),
  });
  return (
    <section data-testid="queues-board" aria-labelledby="console-queues-title">
      <Typography.Title level={5} id="console-queues-title" style={{ marginBlock: '0 8px' }}>
        {t('queues.title')}
      </Typography.Title>
      {queues.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('queues.empty')} />
      ) : (
        <div
          ref={scrollRef}
          className={`fb-queues-scroll ${queuesThemeClass(token)}`}
          data-testid="queues-scroll"
        >
          <table
            className="fb-queues"
            key={i18n.language}
            aria-labelledby="console-queues-title"
            aria-rowcount={queues.length + 2}
          >
            <colgroup>
              <col className="fb-queues-name" />
            </colgroup>
            <thead>
              <tr>
                <th rowSpan={2} scope="col">
                  {t('queues.queue')}
                </th>
                <th rowSpan={2} scope="col" className="fb-num">
                  {t('queues.waiting')}
                </th>
                <th rowSpan={2} scope="col" className="fb-num">
                  {t('queues.longestWait')}
                </th>
                <th colSpan={2} scope="colgroup" title={slHint}>
                  {t('queues.serviceLevel')}
                </th>
                <th colSpan={3} scope="colgroup">
                  {t('queues.today')}
                </th>
                <th colSpan={AGENT_STATES.length} scope="colgroup">
                  {t('queues.agents')}
                </th>
              </tr>
              <tr>
                {(['last15', 'today', 'answered', 'abandoned', 'aht'] as const).map((key) => (
                  <th key={key} scope="col" className="fb-num">
                    {t(`queues.${key}`)}
                  </th>
                ))}
                {AGENT_STATES.map((state) => (
                  <th key={state} scope="col" className="fb-num">
                    {t(`queues.${state}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <ConsoleKitProvider>
                <BoardTime.Provider value={generatedAt}>
                  <Spacer height={first?.start ?? 0} />
                  {rows.map(({ index }) => {
                    const queue = queues[index];
                    return queue === undefined ? null : (
                      <QueueRow key={queue.id} queue={queue} index={index} />
                    );
                  })}
                  <Spacer height={last === undefined ? 0 : totalSize - last.start - last.size} />
                </BoardTime.Provider>
              </ConsoleKitProvider>
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Memoized: the console's urgent render for a new board stops here (see ConsolePage). */
export const QueuesBoard = memo(QueuesBoardView);
