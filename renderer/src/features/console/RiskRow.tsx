import { EyeOutlined, SwapOutlined, VerticalAlignTopOutlined } from '@ant-design/icons';
import { Tooltip } from 'antd';
import { memo, type CSSProperties } from 'react';
import type { RiskBoardEntry } from '../../../../shared/schemas/console';
import { PlainButton } from '../../ui/PlainButton';
import { PlainTag } from '../../ui/PlainTag';
import { ChannelIcon } from '../pop/ChannelIcon';
import { BAND_ICON_MASK, BAND_TAG_COLOR } from '../risk/presentation';
import type { RiskWords } from '../risk/risk-words';
import { formatClock, secondsSince } from '../workspace/clock';
import { useConsoleNow } from './console-clock';
import { useConsoleKit } from './console-kit';
import { TierTag } from './TierTag';

/** Every row has this height: the board is windowed like the agents grid. */
export const RISK_ROW_HEIGHT = 44;
/** Customer and tier · risk · likely about · promises · wait · state · agent · actions. */
export const riskGridRowStyle: CSSProperties = {
  display: 'grid',
  gridTemplateColumns:
    'minmax(170px, 1.7fr) 112px minmax(140px, 1.7fr) 64px 60px 100px minmax(72px, 1fr) 184px',
  alignItems: 'center',
  columnGap: 8,
  paddingInline: 8,
};

/** A row in the window: placed by its offset (`top`), its border from console-rows.css. */
const riskRowStyle: CSSProperties = {
  ...riskGridRowStyle,
  position: 'absolute',
  insetInlineStart: 0,
  top: 0,
  width: '100%',
  height: RISK_ROW_HEIGHT,
};

const cell: CSSProperties = { overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' };

export type RiskAction = 'reassign' | 'front' | 'monitor';

interface RiskRowProps {
  entry: RiskBoardEntry;
  index: number;
  start: number;
  words: RiskWords;
  /** The contact whose "Front" is on its way (its button waits). */
  frontPending: boolean;
  onAction: (action: RiskAction, entry: RiskBoardEntry) => void;
}

/** How long the contact has waited (from joining the queue), on the console's clock. */
function WaitCell({ queuedAt }: { queuedAt: string }) {
  const { language } = useConsoleKit();
  const now = useConsoleNow();
  return (
    <div role="cell" style={cell} data-testid="risk-wait">
      {formatClock(secondsSince(queuedAt, now), language)}
    </div>
  );
}

/** One waiting or live contact: who, how risky and why, how long, where, and what to do. */
export const RiskRow = memo(function RiskRow({
  entry,
  index,
  start,
  words,
  frontPending,
  onAction,
}: RiskRowProps) {
  const { words: labels, format } = useConsoleKit();
  const reason = entry.predictedReason === null ? null : words.sentence(entry.predictedReason);
  const name = entry.customerName ?? labels.unknownCustomer;
  const queued = entry.state === 'queued';
  const liveChat = entry.state === 'active' && entry.channel === 'chat';
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      data-testid="risk-row"
      data-contact-id={entry.contactId}
      data-tier={entry.tier ?? 'none'}
      data-state={entry.state}
      className="fb-risk-row"
      style={{ ...riskRowStyle, top: start }}
    >
      <div role="cell" style={cell} title={name}>
        <span className="fb-strong" data-testid="risk-customer">
          <bdi>{name}</bdi>
        </span>{' '}
        {entry.tier !== null && <TierTag tier={entry.tier} testId="risk-tier" />}
      </div>
      <div role="cell" style={cell}>
        {entry.riskScore !== null && entry.riskBand !== null ? (
          <PlainTag
            data={{
              'data-testid': 'risk-score',
              'data-band': entry.riskBand,
              'data-score': entry.riskScore,
            }}
            color={BAND_TAG_COLOR[entry.riskBand]}
            icon={
              <span className="fb-icon" style={BAND_ICON_MASK[entry.riskBand]} aria-hidden="true" />
            }
            title={labels.band[entry.riskBand]}
          >
            {format.count(entry.riskScore)} · {labels.band[entry.riskBand]}
          </PlainTag>
        ) : (
          <span className="fb-secondary" data-testid="risk-score">
            {labels.notScored}
          </span>
        )}
      </div>
      <div role="cell" style={cell} title={reason ?? undefined} data-testid="risk-reason">
        {reason ?? labels.none}
      </div>
      <div role="cell" style={cell} data-testid="risk-promises" data-count={entry.overduePromises}>
        {entry.overduePromises > 0 ? (
          <PlainTag color="error">{format.count(entry.overduePromises)}</PlainTag>
        ) : (
          format.count(0)
        )}
      </div>
      <WaitCell queuedAt={entry.queuedAt} />
      <div role="cell" style={cell} data-testid="risk-state">
        <ChannelIcon channel={entry.channel} label={labels.channel[entry.channel]} />{' '}
        {labels.entryState[entry.state]}
      </div>
      <div role="cell" style={cell} data-testid="risk-owner">
        {entry.ownerName === null ? labels.none : <bdi>{entry.ownerName}</bdi>}
      </div>
      <div role="cell" className="fb-row-actions">
        {queued && (
          <>
            <PlainButton
              icon={<SwapOutlined />}
              data={{ 'data-testid': 'risk-reassign' }}
              onClick={() => onAction('reassign', entry)}
            >
              {labels.reassign}
            </PlainButton>
            <Tooltip title={labels.frontHint}>
              <PlainButton
                icon={<VerticalAlignTopOutlined />}
                data={{ 'data-testid': 'risk-front' }}
                loading={frontPending}
                onClick={() => onAction('front', entry)}
              >
                {labels.front}
              </PlainButton>
            </Tooltip>
          </>
        )}
        {liveChat && (
          <PlainButton
            icon={<EyeOutlined />}
            data={{ 'data-testid': 'monitor-open' }}
            onClick={() => onAction('monitor', entry)}
          >
            {labels.monitor}
          </PlainButton>
        )}
      </div>
    </div>
  );
});
