import { Flex, Progress, Tag, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RiskBand } from '../../../../shared/domain';
import { useFormat } from '../pop/useFormat';
import { BAND_ICON, BAND_TAG_COLOR, bandStrokeColor } from './presentation';

interface RiskBadgeProps {
  score: number;
  band: RiskBand;
  /** Ring size in px: the pop's panel is roomier than a worklist row. */
  size?: number;
}

/** The score on a ring and the band as a labelled tag with its own icon. */
export function RiskBadge({ score, band, size = 48 }: RiskBadgeProps) {
  const { t } = useTranslation('risk');
  const { token } = theme.useToken();
  const format = useFormat();
  const bandLabel = t(`band.${band}`);
  return (
    <Flex align="center" gap={8} data-testid="risk-badge" data-band={band} data-score={score}>
      <Progress
        type="circle"
        size={size}
        percent={score}
        // The band says how bad it is; antd would otherwise call 100 a green "success".
        status="normal"
        strokeColor={bandStrokeColor(band, token)}
        format={() => format.count(score)}
        aria-label={t('score', { score })}
        aria-valuetext={`${t('score', { score })}, ${bandLabel}`}
        data-testid="risk-score"
      />
      <Tag
        color={BAND_TAG_COLOR[band]}
        icon={BAND_ICON[band]}
        data-testid="risk-band"
        style={{ marginInlineEnd: 0 }}
      >
        {bandLabel}
      </Tag>
    </Flex>
  );
}
