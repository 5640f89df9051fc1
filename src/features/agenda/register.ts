import type { Services } from '../../host/services';

export function register(_services: Services): Record<string, unknown> | void {
  // Filled in by this feature's implementation.
}
