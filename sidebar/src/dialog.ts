import { startApp } from './app';

void startApp('dialog');
