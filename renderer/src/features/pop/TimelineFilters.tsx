import { Button } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Touchpoint } from '../../../../shared/schemas/touchpoint';
import { LazySelect } from './LazySelect';
import type { TimelineFilter } from './timeline-filter';
import { filterChoices, isFiltering, NO_FILTER } from './timeline-filter';

interface TimelineFiltersProps {
  filter: TimelineFilter;
  /** Every loaded touchpoint: the choices offered are the values present in them. */
  items: readonly Touchpoint[];
  onChange: (filter: TimelineFilter) => void;
}

const selectStyle = { flex: '1 1 0', minWidth: 0 };
const barStyle = {
  display: 'flex',
  gap: 4,
  alignItems: 'center',
  paddingInline: 8,
  paddingBlock: 6,
} as const;

/**
 * Channel, stage and partner pickers over the loaded touchpoints. The choices (a pass over every
 * loaded item) are only worked out once the agent first reaches for a picker.
 */
export function TimelineFilters({ filter, items, onChange }: TimelineFiltersProps) {
  const { t } = useTranslation('pop');
  const [used, setUsed] = useState(false);
  const choices = useMemo(() => (used ? filterChoices(items) : null), [used, items]);
  const hasPartners = useMemo(() => items.some((item) => Boolean(item.partnerName)), [items]);
  const activate = () => setUsed(true);
  return (
    <div style={barStyle}>
      <LazySelect
        testId="timeline-filter-channel"
        label={t('timeline.filterChannel')}
        value={filter.channel}
        options={(choices?.channels ?? []).map((value) => ({
          value,
          label: t(`channel.${value}`),
        }))}
        onActivate={activate}
        onChange={(channel) => onChange({ ...filter, channel })}
        style={selectStyle}
      />
      <LazySelect
        testId="timeline-filter-stage"
        label={t('timeline.filterStage')}
        value={filter.stage}
        options={(choices?.stages ?? []).map((value) => ({ value, label: t(`stage.${value}`) }))}
        onActivate={activate}
        onChange={(stage) => onChange({ ...filter, stage })}
        style={selectStyle}
      />
      <LazySelect
        testId="timeline-filter-partner"
        label={t('timeline.filterPartner')}
        value={filter.partner}
        disabled={!hasPartners}
        options={(choices?.partners ?? []).map((value) => ({ value, label: value }))}
        onActivate={activate}
        onChange={(partner) => onChange({ ...filter, partner })}
        style={selectStyle}
      />
      {isFiltering(filter) && (
        <Button
          size="small"
          type="link"
          onClick={() => onChange(NO_FILTER)}
          data-testid="timeline-filter-clear"
        >
          {t('timeline.clearFilters')}
        </Button>
      )}
    </div>
  );
}
