import { createContext, useContext } from 'react';

/** "Show me that touchpoint": asked by the complaint trail, carried out by the timeline. */
export interface JumpRequest {
  touchpointId: string;
  /** Increases with every ask, so asking twice for the same row jumps twice. */
  nonce: number;
}

export interface TimelineJump {
  request: JumpRequest | null;
  jumpTo: (touchpointId: string) => void;
}

/** Null outside a pop (a panel rendered alone): then there is no timeline to jump to. */
export const TimelineJumpContext = createContext<TimelineJump | null>(null);

export function useTimelineJumpContext(): TimelineJump | null {
  return useContext(TimelineJumpContext);
}
