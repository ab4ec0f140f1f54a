import { Button, Flex, Tag, Typography } from 'antd';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerCandidate } from '../../../../shared/schemas/customer';
import type { SearchMatchKind } from '../../../../shared/schemas/customer-search';
import { TIER_COLOR } from '../pop/presentation';

export type ListedCandidate = CustomerCandidate & { matchedOn?: SearchMatchKind };

export interface CandidateListProps {
  candidates: readonly ListedCandidate[];
  /** `data-testid` of each row and of its Link button, given the customer id. */
  rowTestId: (customerId: string) => string;
  buttonTestId: (customerId: string) => string;
  onLink: (customerId: string) => void;
  /** The customer being linked (its button spins; the others wait). */
  linkingId: string | null;
}

const LINK_SELECTOR = 'button[data-link-button]';

/** Moves focus between the Link buttons with ↑ ↓ Home End (one tab stop per button). */
function moveFocus(event: KeyboardEvent<HTMLUListElement>): void {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>(LINK_SELECTOR)];
  if (buttons.length === 0) return;
  event.preventDefault();
  const current = buttons.findIndex((b) => b === document.activeElement);
  const last = buttons.length - 1;
  const next =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? last
        : event.key === 'ArrowDown'
          ? Math.min(current + 1, last)
          : Math.max(current - 1, 0);
  buttons[next]?.focus();
}

/** Candidates with name, tier, masked phone and city, each with a Link button. */
export function CandidateList({ candidates, rowTestId, buttonTestId, onLink, linkingId }: CandidateListProps) {
  const { t } = useTranslation('matching');
  const { t: tPop } = useTranslation('pop');
  return (
    <ul onKeyDown={moveFocus} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {candidates.map((c) => (
        <li
          key={c.id}
          data-testid={rowTestId(c.id)}
          data-customer-id={c.id}
          style={{ padding: '6px 0', borderBottom: '1px solid rgba(5, 5, 5, 0.06)' }}
        >
          <Flex align="center" justify="space-between" gap="small" wrap>
            <span>
              <Typography.Text strong>
                <bdi>{c.name}</bdi>
              </Typography.Text>{' '}
              <Tag color={TIER_COLOR[c.tier]}>{tPop(`tier.${c.tier}`)}</Tag>
              <Typography.Text type="secondary">
                <bdi dir="ltr">{c.phoneMasked}</bdi> · <bdi>{c.city}</bdi>
              </Typography.Text>
              {c.matchedOn === undefined ? null : (
                <Tag variant="filled" style={{ marginInlineStart: 8 }}>
                  {t(`matchedOn.${c.matchedOn}`)}
                </Tag>
              )}
            </span>
            <Button
              data-link-button
              data-testid={buttonTestId(c.id)}
              type="primary"
              size="small"
              aria-label={t('linkLabel', { name: c.name })}
              loading={linkingId === c.id}
              disabled={linkingId !== null && linkingId !== c.id}
              onClick={() => onLink(c.id)}
            >
              {t('link')}
            </Button>
          </Flex>
        </li>
      ))}
    </ul>
  );
}
