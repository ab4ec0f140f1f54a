import { CheckOutlined, CopyOutlined, FlagOutlined, MessageOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RecommendedScript } from '../../../../shared/schemas/pop';
import { TEXT_VALUES } from './presentation';
import { customerText } from './styles';

interface ScriptCardProps {
  script: RecommendedScript;
  rank: number;
  marketingConsent: boolean;
  /** The playbook that brought this script forward (its title), if one did. */
  playbookTitle?: string | null;
  outcome: 'copied' | 'failed' | null;
  onCopy: () => void;
  /** Given only while the contact on screen is a live chat: puts the text in its draft. */
  onInsert?: (() => void) | undefined;
  /** The text was just put into the chat draft. */
  inserted?: boolean;
}

export function ScriptCard({
  script,
  rank,
  marketingConsent,
  playbookTitle = null,
  outcome,
  onCopy,
  onInsert,
  inserted = false,
}: ScriptCardProps) {
  const { t } = useTranslation('pop');
  const { t: tChat } = useTranslation('chat');
  return (
    <li data-testid="script" data-script-id={script.id}>
      <Flex gap={4} wrap align="center">
        <Typography.Text strong>
          {rank}. <bdi>{script.title}</bdi>
        </Typography.Text>
        {script.marketing && (
          <Tag color="magenta" data-testid="script-marketing">
            {t('scripts.marketing')}
          </Tag>
        )}
        {script.marketing && !marketingConsent && (
          <Tag color="warning" data-testid="script-no-consent">
            {t('scripts.noConsent')}
          </Tag>
        )}
        {playbookTitle !== null && (
          <Tag
            color="purple"
            icon={<FlagOutlined />}
            data-testid="script-playbook"
            title={t('scripts.playbook', { title: playbookTitle, ...TEXT_VALUES })}
            style={{ whiteSpace: 'normal', overflowWrap: 'anywhere' }}
          >
            <bdi>{playbookTitle}</bdi>
          </Tag>
        )}
        {script.rootCause && <Tag color="volcano">{t(`rootCause.${script.rootCause}`)}</Tag>}
        {script.stage && <Tag color="blue">{t(`stage.${script.stage}`)}</Tag>}
      </Flex>
      <Typography.Paragraph style={customerText} data-testid="script-text">
        <bdi>{script.text}</bdi>
      </Typography.Paragraph>
      <Flex gap={8} align="center" justify="space-between">
        <Typography.Text type="secondary" italic data-testid="script-reason">
          {t('scripts.why', { reason: script.reason, ...TEXT_VALUES })}
        </Typography.Text>
        <Flex gap={8} wrap justify="end">
          {onInsert !== undefined && (
            <Button
              size="small"
              icon={inserted ? <CheckOutlined /> : <MessageOutlined />}
              onClick={onInsert}
              data-testid="script-insert"
            >
              {inserted ? tChat('script.inserted') : tChat('script.insert')}
            </Button>
          )}
          <Button
            size="small"
            icon={outcome === 'copied' ? <CheckOutlined /> : <CopyOutlined />}
            onClick={onCopy}
            data-testid="script-copy"
            danger={outcome === 'failed'}
          >
            {outcome === 'copied'
              ? t('scripts.copied')
              : outcome === 'failed'
                ? t('scripts.copyFailed')
                : t('scripts.copy')}
          </Button>
        </Flex>
      </Flex>
    </li>
  );
}
