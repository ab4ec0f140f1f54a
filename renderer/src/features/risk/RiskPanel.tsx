import { Flex, Tag, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskAssessment } from '../../../../shared/schemas/risk';
import type { Touchpoint } from '../../../../shared/schemas/touchpoint';
import { PanelCard } from '../pop/PanelCard';
import { sectionTitle } from '../pop/styles';
import { useFormat } from '../pop/useFormat';
import { RiskBadge } from './RiskBadge';
import { RiskContributions } from './RiskContributions';
import { RiskPlaybooks } from './RiskPlaybooks';
import { RiskSentence } from './RiskSentence';
import { VISUALLY_HIDDEN } from '../../ui/visually-hidden';
import { useRiskWords } from './useRiskWords';

export interface RiskPanelProps {
  risk: RiskAssessment | null;
  /** The touchpoints the pop has loaded (evidence is named by its time when it is among them). */
  touchpoints?: readonly Touchpoint[];
}

/** As tall as its content up to about half the column; the rest belongs to the scripts. */
const frame: CSSProperties = { flex: '0 1 auto', maxHeight: '55%' };
const heading: CSSProperties = { ...sectionTitle, fontSize: 13 };

/** Tells screen readers the risk whenever it changes (a new score arrives while they work). */
function RiskAnnouncer({ text }: { text: string }) {
  return (
    <div data-testid="risk-announcer" aria-live="polite" aria-atomic="true" style={VISUALLY_HIDDEN}>
      {text}
    </div>
  );
}

/**
 * The customer's complaint risk at a glance: score and band, why now, the likely root causes,
 * what makes up the score (each with the touchpoints behind it) and the matched playbooks.
 */
export function RiskPanel({ risk, touchpoints = [] }: RiskPanelProps) {
  const { t } = useTranslation('risk');
  const words = useRiskWords();
  const format = useFormat();
  if (risk === null) {
    return (
      <PanelCard testId="panel-risk" title={t('panel.title')} style={frame}>
        <RiskAnnouncer text="" />
        <Typography.Text type="secondary" data-testid="risk-not-scored">
          {t('panel.notScored')}
        </Typography.Text>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBlock: 2 }}>
          {t('panel.notScoredHint')}
        </Typography.Paragraph>
      </PanelCard>
    );
  }
  const sentence = words.sentence(risk.reason);
  const band = t(`band.${risk.band}`);
  return (
    <PanelCard testId="panel-risk" title={t('panel.title')} style={frame}>
      <RiskAnnouncer text={t('live', { score: risk.score, band, sentence })} />
      <RiskBadge score={risk.score} band={risk.band} />
      <Typography.Paragraph data-testid="risk-why" style={{ marginBlock: '8px 4px' }}>
        <RiskSentence reason={risk.reason} />
      </Typography.Paragraph>
      {risk.reason.rootCauses.length > 0 && (
        <div role="group" aria-label={t('rootCauses.title')}>
          <Flex wrap gap={4}>
            {risk.reason.rootCauses.map(({ code, confidence }) => (
              <Tag
                key={code}
                color="volcano"
                data-testid="risk-root-cause"
                data-root-cause={code}
                style={{ marginInlineEnd: 0 }}
              >
                {t('rootCauses.item', {
                  cause: t(`rootCause.${code}`, { ns: 'pop' }),
                  confidence: format.percent(confidence),
                })}
              </Tag>
            ))}
          </Flex>
        </div>
      )}
      {risk.contributions.length > 0 && (
        <section>
          <Typography.Title level={5} style={heading}>
            {t('contributions.title')}
          </Typography.Title>
          <RiskContributions contributions={risk.contributions} touchpoints={touchpoints} />
        </section>
      )}
      <section>
        <Typography.Title level={5} style={heading}>
          {t('playbooks.title')}
        </Typography.Title>
        <RiskPlaybooks playbooks={risk.playbooks} />
      </section>
      <Typography.Text
        type="secondary"
        data-testid="risk-meta"
        style={{ display: 'block', fontSize: 11, marginBlockStart: 8 }}
      >
        {t('meta', { version: risk.rulesVersion, time: format.dateTime(risk.computedAt) })}
      </Typography.Text>
    </PanelCard>
  );
}
