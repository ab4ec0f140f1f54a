import type { ReactNode } from 'react';
import { useMemo, useState } from 'react';
import type { JumpRequest } from './timeline-jump';
import { TimelineJumpContext } from './timeline-jump';

/** Lets one pop's complaint trail ask its timeline to show a touchpoint. */
export function TimelineJumpProvider({ children }: { children: ReactNode }) {
  const [request, setRequest] = useState<JumpRequest | null>(null);
  const value = useMemo(
    () => ({
      request,
      jumpTo: (touchpointId: string) =>
        setRequest((previous) => ({ touchpointId, nonce: (previous?.nonce ?? 0) + 1 })),
    }),
    [request],
  );
  return <TimelineJumpContext value={value}>{children}</TimelineJumpContext>;
}
