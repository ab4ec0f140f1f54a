import { EyeInvisibleOutlined } from '@ant-design/icons';
import { theme, Typography } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Whisper } from '../../../../shared/schemas/console-actions';
import { MessageTime } from './MessageTime';

/** Stands in for the name in the translated sentence; never part of a translation. */
const NAME_SLOT = '\u2063name\u2063';

/** "Whisper from {{name}} — only you can see this", with the name isolated for mixed scripts. */
function WhisperFrom({ name }: { name: string }) {
  const { t } = useTranslation('chat');
  const [before = '', after = ''] = t('whisper.from', { name: NAME_SLOT }).split(NAME_SLOT);
  return (
    <>
      {before}
      <bdi>{name}</bdi>
      {after}
    </>
  );
}

/**
 * A team lead's whisper, unlike any chat bubble (dashed, amber, full width, an eye crossed
 * out) so the agent never mistakes it for something the customer wrote or can read.
 */
export const WhisperBubble = memo(function WhisperBubble({ whisper }: { whisper: Whisper }) {
  const { token } = theme.useToken();
  return (
    <div
      style={{
        padding: '6px 10px',
        borderRadius: token.borderRadiusLG,
        border: `1px dashed ${token.colorWarningBorderHover}`,
        background: token.colorWarningBg,
      }}
    >
      <Typography.Text style={{ fontSize: token.fontSizeSM, color: token.colorWarningText }}>
        <EyeInvisibleOutlined aria-hidden /> <WhisperFrom name={whisper.fromName} /> ·{' '}
        <MessageTime sentAt={whisper.sentAt} />
      </Typography.Text>
      <div
        dir="auto"
        data-testid="whisper-text"
        style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
      >
        {whisper.text}
      </div>
    </div>
  );
});
