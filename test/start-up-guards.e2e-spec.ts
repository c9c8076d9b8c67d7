import { Controller, Get, Injectable } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { JobHandler, JobName, JobQueue, QueueName, SWEEP_EVERY_MS } from '@app/messaging';
import { ApiModule } from '../apps/api/src/api.module';
import { Public } from '../apps/api/src/auth/access.decorators';
import { JobHandlers } from '../apps/worker/src/job-handlers';
import { WorkerModule } from '../apps/worker/src/worker.module';
import { startTestStack, TestStack } from './support/test-stack';

// The checks that refuse to start a worker or an API that would fail later, at a request or a job:
// each is given the real module with one thing missing, and must stop it, naming what is missing.

/** The worker's registry as it is, except that the mail purge's handler never arrives. */
@Injectable()
class HandlersWithoutPurge extends JobHandlers {
  override register<Name extends JobName>(name: Name, handler: JobHandler<Name>): void {
    if (name !== JobName.PurgeMail) super.register(name, handler);
  }
}

@Controller('undeclared')
class UndeclaredController {
  @Get()
  open(): string {
    return 'anyone';
  }
}

@Controller('declared')
class DeclaredController {
  @Get()
  @Public()
  open(): string {
    return 'anyone';
  }
}

describe('the checks at start-up', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({ worker: false });
  });
  afterAll(() => stack.stop());

  /** Starts a module and closes it again, whether it started or not; returns what stopped it. */
  async function start(
    module: TestingModule,
    settled: () => Promise<void> = () => Promise.resolve(),
  ): Promise<Error | null> {
    try {
      await module.init();
      await module.close();
      return null;
    } catch (error) {
      await settled();
      // Nest's close() first awaits the start, which failed, and so would close nothing: the
      // connections the start opened stay open. Closed as a start that never happened.
      Object.assign(module, { initializationPromise: undefined });
      await module.close();
      return error as Error;
    }
  }

  const worker = () =>
    Test.createTestingModule({
      imports: [WorkerModule.register({ config: stack.config, clock: stack.clock })],
    });

  const api = (controller: new () => object) =>
    Test.createTestingModule({
      imports: [ApiModule.register({ config: stack.config, clock: stack.clock })],
      controllers: [controller],
    });

  it('stops the worker when a job of the catalogue has no handler, naming the job', async () => {
    const module = await worker()
      .overrideProvider(JobHandlers)
      .useClass(HandlersWithoutPurge)
      .compile();
    // The other start-up hooks run alongside the check and go on after it throws: the sweeps'
    // schedules are written to Redis. Waited for, so that closing finds nothing half-done.
    const sweeps = module.get(JobQueue).queue(QueueName.Sweeps);
    const scheduled = async () => {
      const expected = Object.keys(SWEEP_EVERY_MS).length;
      const deadline = Date.now() + 10_000;
      while ((await sweeps.getJobSchedulersCount()) < expected && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };

    const stopped = await start(module, scheduled);

    expect(stopped?.message).toBe(`The worker has no handler for: ${JobName.PurgeMail}`);
  });

  it('starts the worker with every handler', async () => {
    expect(await start(await worker().compile())).toBeNull();
  });

  it('stops the API when a route does not declare who may call it, naming the route', async () => {
    const stopped = await start(await api(UndeclaredController).compile());

    expect(stopped?.message).toBe('Routes without an access rule: UndeclaredController.open');
  });

  it('starts the API with the same route once it declares its access', async () => {
    expect(await start(await api(DeclaredController).compile())).toBeNull();
  });
});
