import { AddressInfo, createServer } from 'node:net';
import { loadConfig } from '@app/config';
import { SmtpSink } from '@app/testing';
import { MailTransport, OutgoingMail } from './mail-transport';

const mail = (n: number): OutgoingMail => ({
  to: `person-${n}@example.test`,
  subject: `Mail ${n}`,
  text: 'Hello',
  html: '<p>Hello</p>',
  messageId: `<mail-${n}@scheduler.test>`,
});

async function portNobodyListensOn(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function eventually(check: () => boolean, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('Not within the time allowed');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The transport of a worker whose mail server is at `smtpUrl`. */
const transportTo = (smtpUrl: string) =>
  new MailTransport(
    loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: 'postgres://unused',
      SMTP_URL: smtpUrl,
      JWT_SECRET: 'x'.repeat(40),
    }),
  );

describe('the mail transport', () => {
  let sink: SmtpSink;
  let transport: MailTransport;

  beforeEach(async () => {
    sink = new SmtpSink();
    const smtpUrl = await sink.start();
    transport = transportTo(smtpUrl);
  });

  afterEach(async () => {
    await transport.onApplicationShutdown();
    await sink.stop();
  });

  it('keeps a few connections to the mail server instead of one per mail', async () => {
    await Promise.all(Array.from({ length: 30 }, (_, n) => transport.send(mail(n))));
    expect(sink.received).toHaveLength(30);
    expect(sink.connectionsMade).toBeLessThanOrEqual(5);
  });

  it('lets mails on their way arrive when it shuts down, and leaves no connection open', async () => {
    const sending = Array.from({ length: 12 }, (_, n) => transport.send(mail(n)));
    await transport.onApplicationShutdown();
    await Promise.all(sending);
    expect(sink.received.map((received) => received.subject).sort()).toEqual(
      Array.from({ length: 12 }, (_, n) => `Mail ${n}`).sort(),
    );
    await eventually(() => sink.openConnections() === 0);

    // A queue worker that stops after the transport still has its mail sent, and no connection
    // stays open to keep the process alive.
    await transport.send(mail(12));
    expect(sink.to('person-12@example.test')).toHaveLength(1);
    await eventually(() => sink.openConnections() === 0);
  });

  it('fails a mail, rather than waiting, while the mail server cannot be reached', async () => {
    const port = await portNobodyListensOn();
    const away = transportTo(`smtp://127.0.0.1:${port}`);
    await expect(away.send(mail(1))).rejects.toThrow(/ECONNREFUSED/);
    await away.onApplicationShutdown();
  });

  it('sends again once a mail server that could not be reached is back, however many mails failed', async () => {
    const port = await portNobodyListensOn();
    const transport = transportTo(`smtp://127.0.0.1:${port}`);
    // More failures than the pool has connections: none of them may keep a connection's place.
    for (let n = 0; n < 8; n += 1) {
      await expect(transport.send(mail(n))).rejects.toThrow(/ECONNREFUSED/);
    }
    const back = new SmtpSink();
    await back.start(port);
    try {
      await Promise.all([8, 9, 10].map((n) => transport.send(mail(n))));
      expect(back.received.map((received) => received.subject).sort()).toEqual([
        'Mail 10',
        'Mail 8',
        'Mail 9',
      ]);
    } finally {
      await transport.onApplicationShutdown();
      await back.stop();
    }
  });
});
