import { Flex, Typography, theme } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChainStep, TroubleChain } from './trouble-chain';

/** Steps shown in the strip; earlier ones are counted, and still marked in the list. */
const MAX_STEPS = 6;

function StepLabel({ step }: { step: ChainStep }) {
  const { t } = useTranslation('pop');
  if (step.kind === 'repeat') {
    return <>{t('chain.repeat', { page: step.page.summary, count: step.page.count })}</>;
  }
  const { anomaly, summary } = step.touchpoint;
  return anomaly ? (
    <>
      <Typography.Text type="danger">{t(`anomaly.${anomaly}`)}</Typography.Text>:{' '}
      <bdi>{summary}</bdi>
    </>
  ) : (
    <bdi>{summary}</bdi>
  );
}

/** "How we got here": the trouble chain's steps in time order, in one or two lines. */
export function TroubleChainStrip({ chain }: { chain: TroubleChain }) {
  const { t } = useTranslation('pop');
  const { token } = theme.useToken();
  if (chain.trigger === null || chain.steps.length === 0) return null;
  const shown = chain.steps.slice(-MAX_STEPS);
  const earlier = chain.steps.length - shown.length;
  return (
    <section
      data-testid="trouble-chain"
      data-trigger={chain.trigger.kind}
      aria-label={t('chain.title')}
      style={{
        paddingInline: 8,
        paddingBlock: 4,
        borderBlock: `1px solid ${token.colorErrorBorder}`,
        background: token.colorErrorBg,
      }}
    >
      <Flex wrap gap={4} align="baseline" style={{ maxHeight: 64, overflow: 'hidden' }}>
        <Typography.Text strong>
          {t('chain.title')} ({t(`chain.trigger.${chain.trigger.kind}`)}):
        </Typography.Text>
        {earlier > 0 && (
          <Typography.Text type="secondary">
            {t('chain.earlier', { count: earlier })} {t('chain.arrow')}
          </Typography.Text>
        )}
        {shown.map((step, index) => (
          <Fragment
            key={
              step.kind === 'repeat'
                ? `repeat-${step.page.kind}-${step.page.summary}`
                : step.touchpoint.id
            }
          >
            {index > 0 && <span aria-hidden="true">{t('chain.arrow')}</span>}
            <Typography.Text
              data-testid="trouble-chain-step"
              ellipsis
              style={{ maxWidth: 220, fontSize: token.fontSizeSM }}
            >
              <StepLabel step={step} />
            </Typography.Text>
          </Fragment>
        ))}
      </Flex>
    </section>
  );
}
