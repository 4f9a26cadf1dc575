/**
 * MailApp. The daily quota counts recipients (to + cc + bcc), 100 a day for a consumer account, and resets 24 h after
 * the first send of the window. A message takes at most 50 recipients. Sent messages land in an inspectable outbox.
 */
import type { EmulatorContext } from '../core/context';

export const DEFAULT_MAIL_QUOTA = 100;
export const MAX_RECIPIENTS_PER_MESSAGE = 50;
export const MAX_BODY_BYTES = 200 * 1024;
export const MSG_DAILY_QUOTA = 'Service invoked too many times for one day: email.';
export const MSG_RECIPIENTS_PER_MESSAGE = 'Limit Exceeded: Email Recipients Per Message.';
export const MSG_BODY_SIZE = 'Limit Exceeded: Email Body Size.';
export const MSG_NO_RECIPIENT = 'Failed to send email: no recipient';
const DAY_MS = 24 * 60 * 60 * 1000;

export interface SentAttachment {
  name: string | null;
  contentType: string | null;
  size: number;
  /** UTF-8 text of the attachment (CSV exports, etc.). */
  text: string;
}
export interface SentMessage {
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
  attachments: SentAttachment[];
  /** ISO timestamp (emulated clock). */
  sentAt: string;
  from: string;
}
export interface MailState {
  limit: number;
  remaining: number;
  /** Emulated time (ms) when the quota window resets; null before the first send of a window. */
  resetAt: number | null;
  outbox: SentMessage[];
}

export interface MailEmulator {
  service: GoogleAppsScript.Mail.MailApp;
  state: MailState;
  readonly outbox: SentMessage[];
  /** Test hook: the remaining daily quota (recipients). */
  setRemainingQuota(n: number): void;
  /** All recipients (to, cc, bcc) of every sent message, in order. */
  recipients(): string[];
}

const EMAIL_RE = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]+$/;

/** Splits a comma-separated list; accepts `Name <addr>`; throws Google's `Invalid email: <addr>`. */
export function parseRecipients(list: string | undefined | null): string[] {
  if (list === undefined || list === null) return [];
  const out: string[] = [];
  for (const raw of String(list).split(',')) {
    const item = raw.trim();
    if (!item) continue;
    const m = /<([^>]*)>\s*$/.exec(item);
    const addr = (m ? m[1] : item).trim();
    if (!EMAIL_RE.test(addr)) throw new Error(`Invalid email: ${item}`);
    out.push(addr);
  }
  return out;
}

type Options = GoogleAppsScript.Mail.MailAdvancedParameters;

function toAttachment(source: GoogleAppsScript.Base.BlobSource): SentAttachment {
  const blob = typeof (source as GoogleAppsScript.Base.Blob).getBytes === 'function' ? (source as GoogleAppsScript.Base.Blob) : source.getBlob();
  return {
    name: blob.getName(),
    contentType: blob.getContentType(),
    size: blob.getBytes().length,
    text: blob.getDataAsString(),
  };
}

export function createMailApp(ctx: EmulatorContext, options: { quota?: number; state?: MailState } = {}): MailEmulator {
  const limit = options.quota ?? options.state?.limit ?? DEFAULT_MAIL_QUOTA;
  const state: MailState = options.state
    ? { ...options.state, outbox: [...options.state.outbox] }
    : { limit, remaining: limit, resetAt: null, outbox: [] };

  const refresh = (): void => {
    if (state.resetAt !== null && ctx.clock.now() >= state.resetAt) {
      state.remaining = state.limit;
      state.resetAt = null;
    }
  };

  const send = (message: Options): void => {
    ctx.calls.record('mail', 'MailApp.sendEmail');
    const to = parseRecipients(message.to);
    const cc = parseRecipients(message.cc);
    const bcc = parseRecipients(message.bcc);
    if (message.replyTo) parseRecipients(message.replyTo);
    const count = to.length + cc.length + bcc.length;
    if (count === 0) throw new Error(MSG_NO_RECIPIENT);
    if (count > MAX_RECIPIENTS_PER_MESSAGE) throw new Error(MSG_RECIPIENTS_PER_MESSAGE);
    const size = Buffer.byteLength(String(message.body ?? ''), 'utf8') + Buffer.byteLength(String(message.htmlBody ?? ''), 'utf8');
    if (size > MAX_BODY_BYTES) throw new Error(MSG_BODY_SIZE);
    refresh();
    if (count > state.remaining) throw new Error(MSG_DAILY_QUOTA);
    state.remaining -= count;
    if (state.resetAt === null) state.resetAt = ctx.clock.now() + DAY_MS;
    const sent: SentMessage = {
      to,
      cc,
      bcc,
      subject: String(message.subject ?? ''),
      body: String(message.body ?? ''),
      attachments: (message.attachments ?? []).map(toAttachment),
      sentAt: new Date(ctx.clock.now()).toISOString(),
      from: ctx.userEmail,
    };
    if (message.htmlBody !== undefined) sent.htmlBody = String(message.htmlBody);
    if (message.name !== undefined) sent.name = String(message.name);
    if (message.replyTo !== undefined) sent.replyTo = String(message.replyTo);
    if (message.noReply !== undefined) sent.noReply = Boolean(message.noReply);
    state.outbox.push(sent);
  };

  function sendEmail(message: Options): void;
  function sendEmail(recipient: string, subject: string, body: string, options?: Options): void;
  function sendEmail(to: string, replyTo: string, subject: string, body: string): void;
  function sendEmail(a: string | Options, b?: string, c?: string, d?: string | Options): void {
    if (typeof a === 'object' && a !== null) return send(a);
    if (typeof d === 'string') return send({ to: a, replyTo: b, subject: c, body: d });
    return send({ ...(d ?? {}), to: a, subject: b, body: c });
  }

  const service: GoogleAppsScript.Mail.MailApp = {
    sendEmail,
    getRemainingDailyQuota: () => {
      ctx.calls.record('mail', 'MailApp.getRemainingDailyQuota');
      refresh();
      return state.remaining;
    },
  };

  return {
    service,
    state,
    get outbox() {
      return state.outbox;
    },
    setRemainingQuota(n: number) {
      state.remaining = n;
    },
    recipients: () => state.outbox.flatMap((m) => [...m.to, ...m.cc, ...m.bcc]),
  };
}
