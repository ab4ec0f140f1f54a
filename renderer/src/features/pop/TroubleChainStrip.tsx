import { theme } from 'antd';
import type { TFunction } from 'i18next';
import type { CSSProperties } from 'react';
import { Fragment } from 'react';
import type { ChainStep, TroubleChain } from './trouble-chain';

/** Steps shown in the strip; earlier ones are counted, and still marked in the list. */
const MAX_STEPS = 6;

function StepLabel({ step, danger, t }: { step: ChainStep; danger: string; t: TFunction<'pop'> }) {
  if (step.kind === 'repeat') {
    return <>{t('chain.repeat', { page: step.page.summary, count: step.page.count })}</>;
  }
  const { anomaly, summary } = step.touchpoint;
  return anomaly ? (
    <>
      <span style={{ color: danger }}>{t(`anomaly.${anomaly}`)}</span>: <bdi>{summary}</bdi>
    </>
  ) : (
    <bdi>{summary}</bdi>
  );
}

const stepStyle: CSSProperties = {
  display: 'inline-block',
  maxWidth: 220,
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
  verticalAlign: 'bottom',
};

/**
 * "How we got here": the trouble chain's steps in time order, in one or two lines. Plain elements
 * styled from the theme (antd Typography's per-instance styling and ellipsis measuring would add
 * milliseconds to every pop with a chain); the look follows Typography.Text. Takes the panel's
 * translator rather than subscribing to i18n itself, once per step.
 */
export function TroubleChainStrip({ chain, t }: { chain: TroubleChain; t: TFunction<'pop'> }) {
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
      <div
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: 4,
          alignItems: 'baseline',
          maxHeight: 64,
          overflow: 'hidden',
          color: token.colorText,
        }}
      >
        <strong style={{ fontWeight: token.fontWeightStrong }}>
          {t('chain.title')} ({t(`chain.trigger.${chain.trigger.kind}`)}):
        </strong>
        {earlier > 0 && (
          <span style={{ color: token.colorTextSecondary }}>
            {t('chain.earlier', { count: earlier })} {t('chain.arrow')}
          </span>
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
            <span
              data-testid="trouble-chain-step"
              style={{ ...stepStyle, fontSize: token.fontSizeSM }}
            >
              <StepLabel step={step} danger={token.colorError} t={t} />
            </span>
          </Fragment>
        ))}
      </div>
    </section>
  );
}
