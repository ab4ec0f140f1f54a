import {
  BankOutlined,
  CommentOutlined,
  CrownFilled,
  CustomerServiceOutlined,
  GlobalOutlined,
  MailOutlined,
  MessageOutlined,
  MobileOutlined,
  NumberOutlined,
  TeamOutlined,
  WarningOutlined,
} from '@ant-design/icons-svg';
import { renderIconDefinitionToSVGElement } from '@ant-design/icons-svg/es/helpers';
import type { IconDefinition } from '@ant-design/icons-svg/es/types';
import type { CSSProperties } from 'react';
import type { TouchpointChannel } from '../../../../shared/domain';

/**
 * antd's icons as CSS images, for places that repeat an icon in every row of a long list. An
 * `<Icon />` is a component, a wrapper, an `<svg>` and a `<path>` to render and lay out, and a
 * timeline row had one or two; as a mask on a `::before` (class `fb-icon`, `icon-masks.css`) it is
 * one box drawn in the text's colour. Decorative only: the label next to it says what it is.
 */
export function iconMask(icon: IconDefinition): CSSProperties {
  const svg = renderIconDefinitionToSVGElement(icon, {
    extraSVGAttrs: { xmlns: 'http://www.w3.org/2000/svg' },
  });
  const style: CSSProperties & { '--fb-icon': string } = {
    '--fb-icon': `url("data:image/svg+xml,${encodeURIComponent(svg)}")`,
  };
  return style;
}

const CHANNEL_ICONS: Record<TouchpointChannel, IconDefinition> = {
  portal: GlobalOutlined,
  app: MobileOutlined,
  ivr: NumberOutlined,
  sms: CommentOutlined,
  email: MailOutlined,
  voice: CustomerServiceOutlined,
  chat: MessageOutlined,
  partner: TeamOutlined,
  branch: BankOutlined,
};

/** Each channel's icon, as a style object built once (see `ChannelIcon`). */
export const CHANNEL_ICON_MASK = Object.fromEntries(
  Object.entries(CHANNEL_ICONS).map(([channel, icon]) => [channel, iconMask(icon)]),
) as Record<TouchpointChannel, CSSProperties>;

export const WARNING_ICON_MASK = iconMask(WarningOutlined);
export const CROWN_ICON_MASK = iconMask(CrownFilled);
