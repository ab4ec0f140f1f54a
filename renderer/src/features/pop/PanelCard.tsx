import { theme } from 'antd';
import { useId, type CSSProperties, type ReactNode } from 'react';
import { tokenThemeClass } from '../../ui/theme-vars';
import './panel-card.css';

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

/** The theme's values for `panel-card.css`, as a class worked out once per theme. */
const panelThemeClass = tokenThemeClass('fb-panel-theme', (token) => ({
  '--fb-panel-bg': token.colorBgContainer,
  '--fb-panel-border': token.colorBorderSecondary,
  '--fb-panel-line': `${String(token.lineWidth)}px`,
  '--fb-panel-radius': `${String(token.borderRadiusLG)}px`,
  '--fb-panel-text': token.colorText,
  '--fb-panel-font': `${String(token.fontSize)}px`,
  '--fb-panel-title-weight': token.fontWeightStrong,
  '--fb-panel-head-height': `${String(token.fontSize * token.lineHeight + token.paddingXS * 2)}px`,
}));

/**
 * The frame every pop panel shares: a small card (title, optional extra, a body that scrolls
 * inside the layout). It is a region named by its title, focusable from script, so F6 can move
 * between the panels (`commands/panel-focus.ts`).
 */
export function PanelCard({
  testId,
  title,
  extra,
  bodyScrolls = true,
  style,
  children,
}: PanelCardProps) {
  const { token } = theme.useToken();
  const titleId = useId();
  return (
    <div
      data-testid={testId}
      className={`fb-panel ${panelThemeClass(token)}`}
      style={style}
      role="region"
      tabIndex={-1}
      aria-labelledby={titleId}
    >
      <div className="fb-panel-head">
        <div className="fb-panel-title" id={titleId}>
          {title}
        </div>
        {extra !== undefined && <div className="fb-panel-extra">{extra}</div>}
      </div>
      <div className="fb-panel-body" data-scrolls={bodyScrolls ? undefined : 'self'}>
        {children}
      </div>
    </div>
  );
}
