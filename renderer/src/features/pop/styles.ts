import type { CSSProperties } from 'react';

/**
 * Layout of the pop at 1366×768 and up: profile and complaint trail stacked on the left,
 * the timeline in the centre, scripts on the right. Every panel scrolls inside itself so the
 * page never does. Logical properties keep the layout right for Persian (rtl).
 */
export const popGrid: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'minmax(280px, 1fr) minmax(340px, 1.25fr) minmax(260px, 0.9fr)',
  gap: 8,
  height: '100%',
  minHeight: 0,
  padding: 8,
  boxSizing: 'border-box',
};

export const popColumn: CSSProperties = {
  display: 'flex',
  flexDirection: 'column',
  gap: 8,
  minHeight: 0,
  minWidth: 0,
};

export const plainList: CSSProperties = {
  listStyle: 'none',
  margin: 0,
  padding: 0,
  display: 'flex',
  flexDirection: 'column',
  gap: 8,
};

export const sectionTitle: CSSProperties = {
  marginBlock: '12px 6px',
};

/** Customer text may be long and unbroken; keep it inside the card and keep its line breaks. */
export const customerText: CSSProperties = {
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
  marginBlock: 4,
};

/** A row of the virtualized timeline, placed absolutely at its offset. */
export function virtualRowStyle(start: number, size: number): CSSProperties {
  return {
    position: 'absolute',
    insetInlineStart: 0,
    top: 0,
    width: '100%',
    height: size,
    transform: `translateY(${start}px)`,
  };
}
