import { CheckCircleOutlined, ExclamationCircleOutlined, WarningOutlined } from '@ant-design/icons';
import type { GlobalToken } from 'antd';
import type { ReactNode } from 'react';
import type { RiskBand } from '../../../../shared/domain';

/** Tag colours of the bands; the label and icon say the same, so colour is never alone. */
export const BAND_TAG_COLOR: Record<RiskBand, string> = {
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

/** The score ring's colour, from the theme. */
export function bandStrokeColor(band: RiskBand, token: GlobalToken): string {
  return band === 'high'
    ? token.colorError
    : band === 'medium'
      ? token.colorWarning
      : token.colorSuccess;
}
