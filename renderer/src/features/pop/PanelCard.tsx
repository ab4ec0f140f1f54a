import { Card } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { panelBody, panelCard } from './styles';

interface PanelCardProps {
  testId: string;
  title: ReactNode;
  extra?: ReactNode;
  /** Give the body over to a child that scrolls itself (the virtualized timeline). */
  bodyScrolls?: boolean;
  /** Overrides of the frame, e.g. a card that takes only the height it needs. */
  style?: CSSProperties;
  children: ReactNode;
}

/** The frame every pop panel shares: a small card whose body scrolls inside the layout. */
export function PanelCard({
  testId,
  title,
  extra,
  bodyScrolls = true,
  style,
  children,
}: PanelCardProps) {
  return (
    <Card
      data-testid={testId}
      size="small"
      title={title}
      extra={extra}
      style={style === undefined ? panelCard : { ...panelCard, ...style }}
      styles={{
        body: bodyScrolls
          ? panelBody
          : {
              ...panelBody,
              overflowY: 'hidden',
              padding: 0,
              display: 'flex',
              flexDirection: 'column',
            },
      }}
    >
      {children}
    </Card>
  );
}
