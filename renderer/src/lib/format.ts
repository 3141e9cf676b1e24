// How dates, sizes, statuses and answers read on screen. Pure; the locale is the user's, the words the app's language.
import { m, t, uiLocale } from './i18n.svelte';

const formats = new Map<string, { dateTime: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>();

/** The date formats of the screen's locale, made once per locale (a formatter is costly to make, cheap to reuse). */
function formatsNow(): { dateTime: Intl.DateTimeFormat; time: Intl.DateTimeFormat } {
  const locale = uiLocale();
  let found = formats.get(locale);
  if (found === undefined) {
    found = {
      dateTime: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
      time: new Intl.DateTimeFormat(locale, { timeStyle: 'medium' }),
    };
    formats.set(locale, found);
  }
  return found;
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatsNow().dateTime.format(date);
}

const days = new Map<string, Intl.DateTimeFormat>();

/** A calendar day ("2027-01-06", or the day of a timestamp) as the screen's locale writes it ("06.01.2027", "Jan 6, 2027"). */
export function formatDay(iso: string): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0];
  if (day === undefined) return iso;
  const locale = uiLocale();
  let format = days.get(locale);
  if (format === undefined) {
    // The day as written, whatever the machine's time zone: read and written in UTC.
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    days.set(locale, format);
  }
  return format.format(new Date(`${day}T00:00:00Z`));
}

export function formatTime(date: Date): string {
  return formatsNow().time.format(date);
}

/** A file's size with one decimal as the screen's locale writes it ("1.5 MB", "1,5 MB"). */
export function formatBytes(bytes: number): string {
  const one = new Intl.NumberFormat(uiLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  if (bytes < 1024) return `${new Intl.NumberFormat(uiLocale()).format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${one.format(bytes / 1024)} KB`;
  return `${one.format(bytes / (1024 * 1024))} MB`;
}

const STATUS_NAMES: Record<string, (inputs?: object, options?: { locale?: 'en' | 'de' }) => string> = {
  draft: m.ui_status_draft,
  final: m.ui_status_final,
  sent: m.ui_status_sent,
  accepted: m.ui_status_accepted,
  declined: m.ui_status_declined,
  expired: m.ui_status_expired,
};

/** An assessment's status as the app's language names it (an unknown one as it was stored). */
export function statusName(status: string): string {
  const name = STATUS_NAMES[status];
  return name === undefined ? status : t(name);
}
