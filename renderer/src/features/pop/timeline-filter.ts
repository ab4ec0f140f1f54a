import type { JourneyStage, TouchpointChannel } from '../../../../shared/domain';
import { JOURNEY_STAGES, TOUCHPOINT_CHANNELS } from '../../../../shared/domain';
import type { Touchpoint } from '../../../../shared/schemas/touchpoint';

/** The agent's narrowing of the loaded timeline; null means "any". */
export interface TimelineFilter {
  channel: TouchpointChannel | null;
  stage: JourneyStage | null;
  partner: string | null;
}

export const NO_FILTER: TimelineFilter = { channel: null, stage: null, partner: null };

export function isFiltering(filter: TimelineFilter): boolean {
  return filter.channel !== null || filter.stage !== null || filter.partner !== null;
}

export function filterTimeline(
  items: readonly Touchpoint[],
  filter: TimelineFilter,
): readonly Touchpoint[] {
  if (!isFiltering(filter)) return items;
  return items.filter(
    (item) =>
      (filter.channel === null || item.channel === filter.channel) &&
      (filter.stage === null || item.stage === filter.stage) &&
      (filter.partner === null || item.partnerName === filter.partner),
  );
}

/** The choices worth offering: only values present in the loaded items, in domain order. */
export function filterChoices(items: readonly Touchpoint[]) {
  const channels = new Set<TouchpointChannel>();
  const stages = new Set<JourneyStage>();
  const partners = new Set<string>();
  for (const item of items) {
    channels.add(item.channel);
    stages.add(item.stage);
    if (item.partnerName) partners.add(item.partnerName);
  }
  return {
    channels: TOUCHPOINT_CHANNELS.filter((channel) => channels.has(channel)),
    stages: JOURNEY_STAGES.filter((stage) => stages.has(stage)),
    partners: [...partners].sort((a, b) => a.localeCompare(b)),
  };
}

/** Indexes of rows that start a new journey stage (newest first, so index 0 always does). */
export function stageStarts(items: readonly Touchpoint[]): ReadonlySet<number> {
  const starts = new Set<number>();
  items.forEach((item, index) => {
    if (index === 0 || items[index - 1]?.stage !== item.stage) starts.add(index);
  });
  return starts;
}
