import { Drawer, Flex, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../shared/schemas/contact';
import type { ConsultMessage } from '../../../../shared/schemas/work';
import { useAgentPresence } from '../../api/agents/queries';
import { useConsultThread } from '../../api/contacts/queries';
import { useAgent } from '../../state';
import { FormField } from '../workspace/FormField';
import { colleagues } from './agent-options';
import { ConsultComposer } from './ConsultComposer';
import { ConsultThread } from './ConsultThread';

/** The colleague of the latest message that was not ours: who to answer by default. */
export function otherParty(
  messages: readonly ConsultMessage[],
  myId: string | null,
): string | null {
  const last = messages.at(-1);
  if (last === undefined) return null;
  return last.fromAgentId === myId ? last.toAgentId : last.fromAgentId;
}

interface ConsultDrawerProps {
  contact: Contact;
  open: boolean;
  onClose: () => void;
}

/** Agent-to-agent chat about the contact on screen: pick a colleague, read the thread, write. */
export function ConsultDrawer({ contact, open, onClose }: ConsultDrawerProps) {
  const { t } = useTranslation('transfer');
  const { t: tWorkspace } = useTranslation('workspace');
  const me = useAgent();
  const myId = me?.id ?? null;
  const messages = useConsultThread(contact.id);
  const presence = useAgentPresence(open);
  const [chosen, setChosen] = useState<string | null>(null);
  const toAgentId = chosen ?? otherParty(messages, myId);
  const options = colleagues(presence.data ?? [], myId).map((status) => ({
    value: status.agentId,
    label: `${status.displayName} — ${tWorkspace(`presence.state.${status.state}`)}`,
  }));
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('consult.title')}
      size={420}
      destroyOnHidden={false}
    >
      <Flex vertical gap={12} data-testid="consult-drawer" style={{ height: '100%' }}>
        <FormField label={t('consult.agentLabel')} field="toAgentId">
          {({ inputId }) => (
            <Select<string>
              id={inputId}
              data-testid="consult-agent"
              virtual={false}
              showSearch={{ optionFilterProp: 'label' }}
              loading={presence.isLoading}
              placeholder={t('consult.agentPlaceholder')}
              value={toAgentId ?? undefined}
              onChange={setChosen}
              options={options}
            />
          )}
        </FormField>
        <div style={{ flex: 1, minHeight: 0, overflowY: 'auto' }}>
          <ConsultThread messages={messages} myId={myId} />
        </div>
        <ConsultComposer contactId={contact.id} toAgentId={toAgentId} />
      </Flex>
    </Drawer>
  );
}
