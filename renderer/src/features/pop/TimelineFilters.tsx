import { Button, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { JourneyStage, TouchpointChannel } from '../../../../shared/domain';
import type { TimelineFilter } from './timeline-filter';
import { isFiltering, NO_FILTER } from './timeline-filter';

interface TimelineFiltersProps {
  filter: TimelineFilter;
  choices: { channels: TouchpointChannel[]; stages: JourneyStage[]; partners: string[] };
  onChange: (filter: TimelineFilter) => void;
}

const selectStyle = { flex: '1 1 0', minWidth: 0 };

/** Channel, stage and partner pickers over the loaded touchpoints. */
export function TimelineFilters({ filter, choices, onChange }: TimelineFiltersProps) {
  const { t } = useTranslation('pop');
  return (
    <Flex gap={4} align="center" style={{ paddingInline: 8, paddingBlock: 6 }}>
      <Select<TouchpointChannel>
        data-testid="timeline-filter-channel"
        aria-label={t('timeline.filterChannel')}
        size="small"
        allowClear
        virtual={false}
        popupMatchSelectWidth={false}
        placeholder={t('timeline.filterChannel')}
        value={filter.channel ?? undefined}
        onChange={(channel: TouchpointChannel | undefined) =>
          onChange({ ...filter, channel: channel ?? null })
        }
        options={choices.channels.map((value) => ({ value, label: t(`channel.${value}`) }))}
        style={selectStyle}
      />
      <Select<JourneyStage>
        data-testid="timeline-filter-stage"
        aria-label={t('timeline.filterStage')}
        size="small"
        allowClear
        virtual={false}
        popupMatchSelectWidth={false}
        placeholder={t('timeline.filterStage')}
        value={filter.stage ?? undefined}
        onChange={(stage: JourneyStage | undefined) =>
          onChange({ ...filter, stage: stage ?? null })
        }
        options={choices.stages.map((value) => ({ value, label: t(`stage.${value}`) }))}
        style={selectStyle}
      />
      <Select<string>
        data-testid="timeline-filter-partner"
        aria-label={t('timeline.filterPartner')}
        size="small"
        allowClear
        virtual={false}
        popupMatchSelectWidth={false}
        disabled={choices.partners.length === 0}
        placeholder={t('timeline.filterPartner')}
        value={filter.partner ?? undefined}
        onChange={(partner: string | undefined) =>
          onChange({ ...filter, partner: partner ?? null })
        }
        options={choices.partners.map((value) => ({ value, label: value }))}
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
    </Flex>
  );
}
