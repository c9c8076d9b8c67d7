import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { mkdir, writeFile } from 'node:fs/promises';
import { connect, Socket } from 'node:net';
import { join, resolve } from 'node:path';
import { createTransport, Transporter } from 'nodemailer';
import SMTPPool from 'nodemailer/lib/smtp-pool';
import SMTPTransport from 'nodemailer/lib/smtp-transport';
import { APP_CONFIG, AppConfig } from '@app/config';
import { CalendarPart } from '../calendar/invitation';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Fixed per delivery, so a resend after a lost acknowledgement is the same mail. */
  messageId: string;
  /** Sent as a `text/calendar; method=…` alternative and as an `invite.ics` attachment. */
  calendar?: CalendarPart;
}

/** Connections kept open to the mail server; each carries one mail at a time. */
const POOLED_CONNECTIONS = 5;

/** How long the mail server may be silent while a mail is on its way. */
const SOCKET_TIMEOUT_MS = 60 * 1000;

/** How long connecting to the mail server may take, as the library's own default. */
const CONNECT_TIMEOUT_MS = 2 * 60 * 1000;

/**
 * A connection with Nagle's algorithm off. A mail goes out as several small writes before the
 * server answers; with Nagle on, the last write waits for the server's delayed acknowledgement,
 * about 40 ms a mail on every connection. Implicit TLS (`smtps://`) keeps the library's own
 * socket; STARTTLS upgrades this one and keeps the setting.
 *
 * When the connection cannot be made, the library is left to connect on its own: it then meets
 * the same failure and reports it its own way, which frees the pool's place. (A failure handed
 * back from here would fail that one mail but keep its place in the pool taken for good, and
 * once every place was, mail would wait forever.)
 */
function connectWithoutDelay(
  options: SMTPPool.Options,
  callback: (error: Error | null, socketOptions: { connection: Socket } | false) => void,
): void {
  if (options.secure) return callback(null, false);
  const socket = connect({
    host: options.host ?? 'localhost',
    port: Number(options.port) || 587,
    noDelay: true,
    keepAlive: true,
  });
  const fail = () => {
    socket.destroy();
    callback(null, false);
  };
  socket.setTimeout(CONNECT_TIMEOUT_MS, fail);
  socket.once('error', fail);
  socket.once('connect', () => {
    socket.setTimeout(0);
    socket.removeListener('error', fail);
    callback(null, { connection: socket });
  });
}

/**
 * Talks to the mail server (SMTP_URL) over a few kept connections, or, with no mail server
 * configured, writes each mail as an .eml file under var/mail/ and logs where.
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly logger = new Logger(MailTransport.name);
  private readonly transporter: Transporter;
  private readonly sending = new Set<Promise<unknown>>();
  private closing = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transporter = config.mail.smtpUrl
      ? createTransport(this.pool())
      : createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send(mail: OutgoingMail): Promise<void> {
    const sent = this.transport().sendMail({
      from: this.config.mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId,
      icalEvent: mail.calendar
        ? { method: mail.calendar.method, filename: 'invite.ics', content: mail.calendar.content }
        : undefined,
    }) as Promise<{ message?: Buffer }>;
    this.sending.add(sent);
    const info = await sent.finally(() => this.sending.delete(sent));
    if (!this.config.mail.smtpUrl && info.message) {
      const directory = resolve(this.config.mail.directory);
      await mkdir(directory, { recursive: true });
      const file = join(directory, `${mail.messageId.replace(/[<>@]/g, '_')}.eml`);
      await writeFile(file, info.message);
      this.logger.log(`Mail to ${mail.to} written to ${file}`);
    }
  }

  /**
   * Lets the mails on their way finish, then closes the kept connections. The queue's workers
   * may stop after this: a closed pool would take their mail and never answer, so what they
   * send from now on goes over a connection of its own.
   */
  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    await Promise.allSettled([...this.sending]);
    this.transporter.close();
  }

  private pool(): SMTPPool {
    return new SMTPPool({
      url: this.config.mail.smtpUrl!,
      maxConnections: POOLED_CONNECTIONS,
      // A server that stops answering mid-mail gives the mail back for a retry within a minute,
      // not the library's ten.
      socketTimeout: SOCKET_TIMEOUT_MS,
      getSocket: connectWithoutDelay,
    } as SMTPPool.Options);
  }

  private transport(): Transporter {
    if (!this.closing || !this.config.mail.smtpUrl) return this.transporter;
    // Without a pool, each mail opens a connection and closes it when the server has it.
    return createTransport(
      new SMTPTransport({ url: this.config.mail.smtpUrl, getSocket: connectWithoutDelay }),
    );
  }
}
