import type { TouchpointChannel } from '../../../../shared/domain';
import { CHANNEL_ICON_MASK } from './icon-masks';
import './icon-masks.css';

/**
 * A channel's icon for rows of long lists (console grids, queues): one element drawn from antd's
 * icon definition as a CSS mask (`icon-masks.ts`), named for screen readers by `label`.
 */
export function ChannelIcon({ channel, label }: { channel: TouchpointChannel; label: string }) {
  return (
    <span role="img" aria-label={label} className="fb-icon" style={CHANNEL_ICON_MASK[channel]} />
  );
}
