import { CheckCircleOutlined, ExclamationCircleOutlined, WarningOutlined } from '@ant-design/icons';
import {
  CheckCircleOutlined as CheckCircleSvg,
  ExclamationCircleOutlined as ExclamationCircleSvg,
  WarningOutlined as WarningSvg,
} from '@ant-design/icons-svg';
import type { GlobalToken } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import type { RiskBand } from '../../../../shared/domain';
import type { PlainTagColor } from '../../ui/PlainTag';
import { iconMask } from '../pop/icon-masks';

/** Tag colours of the bands; the label and icon say the same, so colour is never alone. */
export const BAND_TAG_COLOR: Record<RiskBand, PlainTagColor> = {
  low: 'success',
  medium: 'warning',
  high: 'error',
};

/** A different shape per band, for anyone who cannot tell the colours apart. */
export const BAND_ICON: Record<RiskBand, ReactNode> = {
  low: <CheckCircleOutlined />,
  medium: <ExclamationCircleOutlined />,
  high: <WarningOutlined />,
};

/** The same shapes as icon masks (`fb-icon`), for rows of long lists. */
export const BAND_ICON_MASK: Record<RiskBand, CSSProperties> = {
  low: iconMask(CheckCircleSvg),
  medium: iconMask(ExclamationCircleSvg),
  high: iconMask(WarningSvg),
};

/** The score ring's colour, from the theme. */
export function bandStrokeColor(band: RiskBand, token: GlobalToken): string {
  return band === 'high'
    ? token.colorError
    : band === 'medium'
      ? token.colorWarning
      : token.colorSuccess;
}
