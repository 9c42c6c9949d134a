// The app's single API client, chosen once at start-up; features import it and never see the transport.
import { createApi, type Api } from './api';
import { pickTransport } from './transport';

let instance: Api | undefined;

export function api(): Api {
  instance ??= createApi(pickTransport());
  return instance;
}
