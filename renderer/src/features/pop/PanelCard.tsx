import { Card } from 'antd';
import type { ReactNode } from 'react';
import { panelBody, panelCard } from './styles';

interface PanelCardProps {
  testId: string;
  title: ReactNode;
  extra?: ReactNode;
  /** Give the body over to a child that scrolls itself (the virtualized timeline). */
  bodyScrolls?: boolean;
  children: ReactNode;
}

/** The frame every pop panel shares: a small card whose body scrolls inside the layout. */
export function PanelCard({ testId, title, extra, bodyScrolls = true, children }: PanelCardProps) {
  return (
    <Card
      data-testid={testId}
      size="small"
      title={title}
      extra={extra}
      style={panelCard}
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
