import type { Contact } from '../../../../shared/schemas/contact';
import type { PopBundle } from '../../../../shared/schemas/pop';
import { KnownFactsPanel } from '../known-facts/KnownFactsPanel';
import { RiskPanel } from '../risk/RiskPanel';
import { ComplaintTrailPanel } from './ComplaintTrailPanel';
import { ProfilePanel } from './ProfilePanel';
import { ScriptsPanel } from './ScriptsPanel';
import { popColumn, popGrid } from './styles';
import { TimelineJumpProvider } from './TimelineJumpProvider';
import { TimelinePanel } from './TimelinePanel';

export interface PopPanelsProps {
  bundle: PopBundle;
  /** The contact being handled: its IVR path and intent are facts too. */
  contact?: Contact | null;
}

/**
 * The panels at once: what we already know, who they are and what they said on the left, the
 * journey in the centre, then the complaint risk above the scripts it brings forward. The
 * complaint trail and the risk's evidence can point the timeline at a row.
 */
export function PopPanels({ bundle, contact = null }: PopPanelsProps) {
  return (
    <TimelineJumpProvider>
      <div style={popGrid}>
        <div style={popColumn}>
          <KnownFactsPanel bundle={bundle} contact={contact} />
          <ProfilePanel
            customer={bundle.customer}
            policies={bundle.policies}
            claims={bundle.claims}
          />
          <ComplaintTrailPanel complaints={bundle.complaints} promises={bundle.promises} />
        </div>
        <TimelinePanel
          customerId={bundle.customer.id}
          timeline={bundle.timeline}
          sources={bundle}
        />
        <div style={popColumn}>
          <RiskPanel risk={bundle.risk} touchpoints={bundle.timeline.items} />
          <ScriptsPanel
            scripts={bundle.scripts}
            marketingConsent={bundle.customer.consent.marketing}
            playbooks={bundle.risk?.playbooks ?? []}
          />
        </div>
      </div>
    </TimelineJumpProvider>
  );
}
