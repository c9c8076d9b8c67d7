import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createTransport, Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
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

/**
 * Talks to the mail server (SMTP_URL), or, with no mail server configured, writes each mail as
 * an .eml file under var/mail/ and logs where.
 */
@Injectable()
export class MailTransport implements OnModuleDestroy {
  private readonly logger = new Logger(MailTransport.name);
  private readonly transporter: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transporter = config.mail.smtpUrl
      ? createTransport(config.mail.smtpUrl as unknown as SMTPTransport.Options)
      : createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send(mail: OutgoingMail): Promise<void> {
    const info = (await this.transporter.sendMail({
      from: this.config.mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId,
      icalEvent: mail.calendar
        ? { method: mail.calendar.method, filename: 'invite.ics', content: mail.calendar.content }
        : undefined,
    })) as { message?: Buffer };
    if (!this.config.mail.smtpUrl && info.message) {
      const directory = resolve(this.config.mail.directory);
      await mkdir(directory, { recursive: true });
      const file = join(directory, `${mail.messageId.replace(/[<>@]/g, '_')}.eml`);
      await writeFile(file, info.message);
      this.logger.log(`Mail to ${mail.to} written to ${file}`);
    }
  }

  onModuleDestroy(): void {
    this.transporter.close();
  }
}
