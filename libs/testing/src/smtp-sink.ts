import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string;
  raw: string;
  parsed: ParsedMail;
}

/** A real SMTP server on a free port that keeps every mail it is given, parsed. */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  private server: SMTPServer | null = null;
  private waiters: (() => void)[] = [];
  /** While set, every mail is refused with a temporary error (a mail server that is away). */
  refuse = false;
  /** While set, every recipient is refused with a permanent error (a mailbox that is not there). */
  reject = false;
  /** Addresses refused with a permanent error, the others taken as usual. */
  readonly rejected = new Set<string>();
  /** While set, a mail's data is taken in and never answered (a sender dies mid-send). */
  hold = false;
  private heldWaiters: (() => void)[] = [];
  /** Connections made to the sink since it started. */
  connectionsMade = 0;

  /** Resolves when a mail is being held. */
  waitForHeld(): Promise<void> {
    return new Promise((resolve) => this.heldWaiters.push(resolve));
  }

  /** Listens on `port` (a free one by default; the same again to come back after `stop`). */
  async start(port = 0): Promise<string> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      disableReverseLookup: true,
      onConnect: (_session, callback) => {
        this.connectionsMade += 1;
        callback();
      },
      onRcptTo: (address, _session, callback) => {
        if (!this.reject && !this.rejected.has(address.address.toLowerCase())) return callback();
        callback(
          Object.assign(new Error(`No such mailbox: ${address.address}`), { responseCode: 550 }),
        );
      },
      onData: (stream, _session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          if (this.hold) {
            this.heldWaiters.splice(0).forEach((wake) => wake());
            return;
          }
          if (this.refuse) {
            callback(
              Object.assign(new Error('Mail server busy, try later'), { responseCode: 451 }),
            );
            return;
          }
          const raw = Buffer.concat(chunks).toString('utf8');
          simpleParser(raw)
            .then((parsed) => {
              const to = [parsed.to ?? []]
                .flat()
                .flatMap((address) => address.value.map((value) => value.address ?? ''));
              this.received.push({
                to,
                subject: parsed.subject ?? '',
                text: parsed.text ?? '',
                html: typeof parsed.html === 'string' ? parsed.html : '',
                messageId: parsed.messageId ?? '',
                raw,
                parsed,
              });
              this.waiters.forEach((wake) => wake());
              callback();
            })
            .catch(callback);
        });
      },
    });
    // A sender that dies mid-conversation resets its connection: that is the sender's fault to
    // play, not the sink's to crash on.
    this.server.on('error', () => undefined);
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    const { port: listening } = this.server.server.address() as AddressInfo;
    return `smtp://127.0.0.1:${listening}`;
  }

  /** Mails to one address, in order of arrival. */
  to(address: string): ReceivedMail[] {
    return this.received.filter((mail) => mail.to.includes(address.toLowerCase()));
  }

  /** Waits until a mail matching the predicate has arrived, and returns it. */
  async waitFor(
    predicate: (mail: ReceivedMail) => boolean,
    timeoutMs = 15_000,
  ): Promise<ReceivedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.find(predicate);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new Error(
          `No matching mail within ${timeoutMs} ms; received: ${JSON.stringify(this.received.map((m) => ({ to: m.to, subject: m.subject })))}`,
        );
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 250));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
      this.waiters = [];
    }
  }

  waitForMailTo(address: string, timeoutMs?: number): Promise<ReceivedMail> {
    return this.waitFor((mail) => mail.to.includes(address.toLowerCase()), timeoutMs);
  }

  /** Connections open now. */
  openConnections(): number {
    return this.server?.connections.size ?? 0;
  }

  async stop(): Promise<void> {
    if (this.server) await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }
}
