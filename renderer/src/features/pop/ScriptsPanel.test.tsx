import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { RecommendedScript } from '../../../../shared/schemas/pop';
import { ScriptsPanel } from './ScriptsPanel';
import { aScript } from './test-fixtures';
import { renderPop } from './test-utils';

const lateClaim = aScript();
const renewalOffer = aScript({
  id: 'scr-2',
  title: 'Renewal reminder with loyalty discount',
  text: 'Your motor policy renews on 1 July; as a Diamond customer you keep your 10% discount.',
  reason: 'Renewal within 30 days',
  rootCause: null,
  stage: 'renewal',
  score: 0.41,
  marketing: true,
});

function renderScripts(scripts: RecommendedScript[], marketingConsent = true) {
  return renderPop(<ScriptsPanel scripts={scripts} marketingConsent={marketingConsent} />);
}

describe('ScriptsPanel', () => {
  it('lists scripts best first with their text and why they were recommended', () => {
    renderScripts([renewalOffer, lateClaim]);
    const [first, second] = screen.getAllByTestId('script');
    expect(first).toHaveTextContent('1. Acknowledge the late claim');
    expect(within(first!).getByTestId('script-text')).toHaveTextContent(lateClaim.text);
    expect(within(first!).getByTestId('script-reason')).toHaveTextContent(
      'Why: Open claim past its promised date',
    );
    expect(first).toHaveTextContent('Timeliness');
    expect(within(first!).queryByTestId('script-marketing')).not.toBeInTheDocument();

    expect(second).toHaveTextContent('2. Renewal reminder with loyalty discount');
    expect(within(second!).getByTestId('script-marketing')).toHaveTextContent('Marketing');
    expect(second).toHaveTextContent('Renewal');
  });

  it('warns when a marketing script is for a customer who has not consented to marketing', () => {
    renderScripts([lateClaim, renewalOffer], false);
    const [service, marketing] = screen.getAllByTestId('script');
    expect(within(marketing!).getByTestId('script-no-consent')).toHaveTextContent(
      'No marketing consent',
    );
    expect(within(service!).queryByTestId('script-no-consent')).not.toBeInTheDocument();
  });

  it('copies the script text to the clipboard and says so', async () => {
    const user = userEvent.setup();
    renderScripts([lateClaim, renewalOffer]);
    const second = screen.getAllByTestId('script')[1]!;

    await user.click(within(second).getByTestId('script-copy'));

    await expect(navigator.clipboard.readText()).resolves.toBe(renewalOffer.text);
    expect(within(second).getByTestId('script-copy')).toHaveTextContent('Copied');
    const first = screen.getAllByTestId('script')[0]!;
    expect(within(first).getByTestId('script-copy')).toHaveTextContent(/^Copy$/);
  });

  it('says so when the clipboard refuses', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValueOnce(new Error('denied'));
    renderScripts([lateClaim]);

    await user.click(screen.getByTestId('script-copy'));

    expect(await screen.findByText('Copy failed')).toBeInTheDocument();
  });

  it('says so when nothing is recommended', () => {
    renderScripts([]);
    expect(screen.getByTestId('scripts-empty')).toHaveTextContent(
      'No scripts recommended for this contact',
    );
    expect(screen.queryByTestId('script-copy')).not.toBeInTheDocument();
  });

  it('shows script text with markup literally', () => {
    const { container } = renderScripts([
      aScript({ text: '<script>alert(1)</script>', reason: '<i>x</i>' }),
    ]);
    expect(screen.getByTestId('script-text')).toHaveTextContent('<script>alert(1)</script>');
    expect(screen.getByTestId('script-reason')).toHaveTextContent('Why: <i>x</i>');
    expect(container.querySelector('script')).toBeNull();
  });
});
