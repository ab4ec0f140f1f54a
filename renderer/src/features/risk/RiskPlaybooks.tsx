import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlaybookMatch } from '../../../../shared/schemas/risk';
import { plainList } from '../pop/styles';

/** The playbooks the rules matched, each with the moves it suggests. */
export function RiskPlaybooks({ playbooks }: { playbooks: readonly PlaybookMatch[] }) {
  const { t } = useTranslation('risk');
  if (playbooks.length === 0) {
    return (
      <Typography.Text type="secondary" data-testid="risk-playbooks-empty">
        {t('playbooks.empty')}
      </Typography.Text>
    );
  }
  return (
    <ul style={{ ...plainList, gap: 6 }}>
      {playbooks.map((playbook) => (
        <li key={playbook.id} data-testid="risk-playbook" data-playbook-id={playbook.id}>
          <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
            <bdi>{playbook.title}</bdi>
          </Typography.Text>
          <Flex
            wrap
            gap={4}
            role="list"
            aria-label={t('playbooks.moves')}
            style={{ marginBlockStart: 2 }}
          >
            {playbook.moves.map((move) => (
              <Tag
                key={move}
                role="listitem"
                color="processing"
                data-testid="risk-move"
                style={{ marginInlineEnd: 0 }}
              >
                {t(`move.${move}`)}
              </Tag>
            ))}
          </Flex>
        </li>
      ))}
    </ul>
  );
}
