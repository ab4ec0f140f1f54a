import { useTranslation } from 'react-i18next';

const timeFormats = new Map<string, { short: Intl.DateTimeFormat; full: Intl.DateTimeFormat }>();

function formatsFor(locale: string) {
  let formats = timeFormats.get(locale);
  if (formats === undefined) {
    formats = {
      short: new Intl.DateTimeFormat(locale, { timeStyle: 'short' }),
      full: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }),
    };
    timeFormats.set(locale, formats);
  }
  return formats;
}

/** When a message (or whisper) was sent: the short time, the full date and time on hover. */
export function MessageTime({ sentAt }: { sentAt: string }) {
  const { i18n } = useTranslation('chat');
  const formats = formatsFor(i18n.resolvedLanguage ?? i18n.language);
  const date = new Date(sentAt);
  return (
    <time dateTime={sentAt} title={formats.full.format(date)}>
      {formats.short.format(date)}
    </time>
  );
}
