import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig } from '@app/config';
import { MessagingModule } from '@app/messaging/messaging.module';
import { ActorLoader } from './actor.loader';
import { AuthService } from './auth.service';
import { LoginLinksService } from './login-links.service';
import { PersonalDataService } from './personal-data.service';
import { SignInLinks } from './sign-in-links';
import { UserChangesService } from './user-changes.service';
import { UsersService } from './users.service';

@Module({
  imports: [
    MessagingModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // A key object made once: given the text, jsonwebtoken first tries it as a PEM public
        // key (and fails) on every request before it makes a secret key of it.
        secret: createSecretKey(Buffer.from(config.auth.jwtSecret)),
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [
    ActorLoader,
    AuthService,
    LoginLinksService,
    PersonalDataService,
    SignInLinks,
    UsersService,
    UserChangesService,
  ],
  exports: [ActorLoader, AuthService, PersonalDataService, UsersService, UserChangesService],
})
export class AccountsModule {}
