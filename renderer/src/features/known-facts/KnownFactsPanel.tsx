import { BulbOutlined } from '@ant-design/icons';
import { Card, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../shared/schemas/contact';
import type { PopBundle } from '../../../../shared/schemas/pop';
import { useFormat } from '../pop/useFormat';
import { useNow } from '../pop/useNow';
import type { KnownFact } from './known-facts';
import { knownFacts } from './known-facts';
import { useFactWords } from './useFactWords';

export interface KnownFactsPanelProps {
  bundle: PopBundle;
  contact: Contact | null;
}

function FactItem({ fact }: { fact: KnownFact }) {
  const { t } = useTranslation('pop');
  const words = useFactWords();
  const { text, source } = words(fact);
  return (
    <li data-testid="known-fact" data-fact-kind={fact.kind} style={{ lineHeight: 1.35 }}>
      <Typography.Text data-testid="known-fact-text" style={{ overflowWrap: 'anywhere' }}>
        <bdi>{text}</bdi>
      </Typography.Text>{' '}
      <Typography.Text type="secondary" data-testid="known-fact-source" style={{ fontSize: 12 }}>
        — {t('knownFacts.source', { source })}
      </Typography.Text>
    </li>
  );
}

/** A compact card of what the company already knows about why the customer is calling. */
export function KnownFactsPanel({ bundle, contact }: KnownFactsPanelProps) {
  const { t } = useTranslation('pop');
  const now = useNow();
  const format = useFormat();
  const facts = useMemo(() => knownFacts(bundle, contact, now), [bundle, contact, now]);
  return (
    <Card
      data-testid="panel-known-facts"
      size="small"
      title={
        <span>
          <BulbOutlined /> {t('knownFacts.title')}
        </span>
      }
      extra={
        facts.length > 0 && (
          <Typography.Text type="secondary">{format.count(facts.length)}</Typography.Text>
        )
      }
      style={{
        flex: '0 1 auto',
        minHeight: 0,
        maxHeight: '38%',
        display: 'flex',
        flexDirection: 'column',
      }}
      styles={{ body: { overflowY: 'auto', minHeight: 0, paddingBlock: 6, paddingInline: 12 } }}
    >
      {facts.length === 0 ? (
        <Typography.Text type="secondary" data-testid="known-facts-empty">
          {t('knownFacts.empty')}
        </Typography.Text>
      ) : (
        <ul
          style={{
            margin: 0,
            paddingInlineStart: 16,
            display: 'flex',
            flexDirection: 'column',
            gap: 2,
          }}
        >
          {facts.map((fact, index) => (
            <FactItem key={`${fact.kind}-${String(index)}`} fact={fact} />
          ))}
        </ul>
      )}
    </Card>
  );
}
