import { LoadingOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Card, Input, Spin, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { searchQueryOptions } from '../../api/customers/queries';
import { CandidateList } from './CandidateList';
import { useDebouncedValue } from './use-debounced-value';
import { LinkErrorAlert } from './LinkErrorAlert';
import { useLinkCustomer } from './use-link-customer';

export const SEARCH_DEBOUNCE_MS = 300;

export interface CustomerSearchProps {
  contactId: string;
  title: string;
  hint: string;
}

/** ↓ from the box goes to the first result's Link button. */
function focusFirstResult(event: KeyboardEvent<HTMLInputElement>, listId: string): void {
  if (event.key !== 'ArrowDown') return;
  const first = document.getElementById(listId)?.querySelector<HTMLButtonElement>('button[data-link-button]');
  if (!first) return;
  event.preventDefault();
  first.focus();
}

/** Nobody (or nobody right) matched: find the customer and link the contact to them. */
export function CustomerSearch({ contactId, title, hint }: CustomerSearchProps) {
  const { t } = useTranslation('matching');
  const [input, setInput] = useState('');
  const query = useDebouncedValue(input.trim(), SEARCH_DEBOUNCE_MS);
  const search = useQuery(searchQueryOptions(query, contactId));
  const link = useLinkCustomer(contactId);
  const listId = useId();
  const items = search.data?.items ?? [];

  return (
    <Card size="small" data-testid="match-none" title={title} style={{ margin: 8 }}>
      <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>
      <Input
        data-testid="customer-search"
        type="search"
        aria-label={t('searchLabel')}
        placeholder={t('searchPlaceholder')}
        prefix={<SearchOutlined />}
        suffix={search.isFetching ? <LoadingOutlined aria-label={t('searching')} /> : <span />}
        autoFocus
        maxLength={100}
        value={input}
        onChange={(event) => setInput(event.target.value)}
        onKeyDown={(event) => focusFirstResult(event, listId)}
      />
      <LinkErrorAlert error={link.error} style={{ marginTop: 8 }} />
      <div id={listId} data-testid="search-results" aria-live="polite" style={{ marginTop: 8 }}>
        {search.isError ? (
          <Alert type="error" showIcon title={t('searchFailed', { message: search.error.message })} />
        ) : search.isPending && query !== '' ? (
          <Spin size="small" aria-label={t('searching')} />
        ) : search.isSuccess && items.length === 0 ? (
          <Typography.Text type="secondary" data-testid="search-empty">
            {t('noResults', { query })}
          </Typography.Text>
        ) : (
          <CandidateList
            candidates={items}
            rowTestId={(id) => `search-result-${id}`}
            buttonTestId={(id) => `search-link-${id}`}
            linkingId={link.isPending ? link.variables : null}
            onLink={(id) => link.mutate(id)}
          />
        )}
      </div>
    </Card>
  );
}
