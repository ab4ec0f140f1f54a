/** i18next namespace `common`: the shell (sign-in, header, workspace). zh-CN and fa follow this shape. */
const en = {
  app: {
    name: 'Firebreak',
    tagline: 'The whole story before you say hello',
  },
  signin: {
    title: 'Sign in',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    usernameRequired: 'Enter your username',
    passwordRequired: 'Enter your password',
    failed: 'Sign-in failed',
    networkError: 'The gateway could not be reached. Check your connection and try again.',
    unexpectedError: 'Something went wrong. Try again.',
    noKeyStore:
      'This computer offers no secure key store, so Firebreak will not keep you signed in after it closes.',
    sessionEnded: 'Your session has ended. Sign in again to continue.',
  },
  header: {
    signOut: 'Sign out',
    language: 'Language',
    presence: 'Presence',
  },
  presence: {
    available: 'Available',
    busy: 'Busy',
    away: 'Away',
    offline: 'Offline',
    changeFailed: 'Could not change your presence: {{message}}',
  },
  connection: {
    offline: 'Offline',
    connecting: 'Connecting…',
    ready: 'Connected',
  },
  desktop: {
    offerTitleVoice: 'Incoming call: {{name}}',
    offerTitleChat: 'New chat: {{name}}',
    offerBody: '{{tier}} · {{risk}}',
    riskScore: '{{band}} ({{score}})',
    notScored: 'risk not scored',
    notIdentified: 'Customer not identified',
    contactNotHeld: 'That contact is not on your desk.',
    customerView: 'Customer',
    backToContacts: 'Back to contacts',
    accept: 'Accept',
  },
  workspace: {
    idle: 'Waiting for the next contact',
    idleHint: 'The customer’s story appears here the moment a contact is offered.',
    contacts: 'Contacts you hold',
    endContact: 'End contact',
    endFailed: 'Could not end the contact: {{message}}',
    unknownCaller: 'Unknown customer',
    announce: 'New {{channel}}: {{name}}',
  },
  channel: {
    voice: 'call',
    chat: 'chat',
  },
};

export type CommonMessages = typeof en;
export default en;
