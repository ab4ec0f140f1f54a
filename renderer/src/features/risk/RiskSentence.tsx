import { Typography } from 'antd';
import type { RiskReason } from '../../../../shared/schemas/risk';
import { useRiskWords } from './useRiskWords';

/** "Why now" in one sentence, in the agent's language (the pop's risk panel and the worklist). */
export function RiskSentence({ reason }: { reason: RiskReason }) {
  const words = useRiskWords();
  return (
    <Typography.Text data-testid="risk-sentence" style={{ overflowWrap: 'anywhere' }}>
      {words.sentence(reason)}
    </Typography.Text>
  );
}
