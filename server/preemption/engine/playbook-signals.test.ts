import { describe, expect, it } from 'vitest';
import { tp } from '../eval/scenario.js';
import { assess } from './testing.js';

const ids = (a: ReturnType<typeof assess>) => a.playbooks.map((p) => p.id);
const lateClaim = { id: 'C-1', policy: 'P-1', status: 'assessing' as const, reported: '-20d', promised: '-5d' };

describe('playbooks selected by signal', () => {
  it('puts the escalation playbook first when the customer threatens the regulator about a late claim', () => {
    const calm = assess({ claims: [lateClaim] });
    expect(ids(calm)).not.toContain('escalation');

    const angry = assess({
      claims: [lateClaim],
      touchpoints: [tp('-1h', 'chat.message', { claim: 'C-1', channel: 'chat', summary: '再拖我就打12378投诉', attrs: { direction: 'inbound' } })],
    });
    expect(ids(angry)[0]).toBe('escalation');
    expect(ids(angry)).toContain('late-claim');
  });

  it('brings the partner playbook for a partner no-show and not for a late claim alone', () => {
    expect(ids(assess({ claims: [lateClaim] }))).not.toContain('partner-no-show');
    const noShow = assess({
      claims: [{ ...lateClaim, promised: '+5d' }],
      touchpoints: [tp('-20h', 'adjuster_no_show', { claim: 'C-1', partner: 'ADJ-1' })],
    });
    expect(ids(noShow)).toContain('partner-no-show');
  });
});
