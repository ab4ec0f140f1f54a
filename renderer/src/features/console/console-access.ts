import type { AgentRole } from '../../../../shared/domain';

/** Who sees the team console: leads and admins (the gateway refuses anyone else anyway). */
export function canUseConsole(role: AgentRole | undefined): boolean {
  return role === 'lead' || role === 'admin';
}
