// The DataSource the TypeORM command line uses (migration:generate).
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfigOrExit } from '@app/config';
import { dataSourceOptions } from './data-source-options';

export default new DataSource(dataSourceOptions(loadConfigOrExit(process.env).databaseUrl));
