import type { PopBundle } from '../../../../shared/schemas/pop';
import { ComplaintTrailPanel } from './ComplaintTrailPanel';
import { ProfilePanel } from './ProfilePanel';
import { ScriptsPanel } from './ScriptsPanel';
import { popColumn, popGrid } from './styles';
import { TimelinePanel } from './TimelinePanel';

/** The four panels at once: who and what they said on the left, the journey, then scripts. */
export function PopPanels({ bundle }: { bundle: PopBundle }) {
  return (
    <div style={popGrid}>
      <div style={popColumn}>
        <ProfilePanel
          customer={bundle.customer}
          policies={bundle.policies}
          claims={bundle.claims}
        />
        <ComplaintTrailPanel complaints={bundle.complaints} promises={bundle.promises} />
      </div>
      <TimelinePanel customerId={bundle.customer.id} timeline={bundle.timeline} />
      <ScriptsPanel scripts={bundle.scripts} marketingConsent={bundle.customer.consent.marketing} />
    </div>
  );
}
