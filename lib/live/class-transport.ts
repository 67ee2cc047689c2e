/**
 * The network Transport (see ./sync.ts): the presenter's state messages go to its open class through the
 * instructor's class connection, and when this browser (re)gains the lead it hears a `hello`, so that the
 * presenter sends its current state at once. Combined with the BroadcastChannel transport, one presenter
 * drives the projector window and every mentee's device alike.
 */
import type { HostConnection } from './class-client';
import { LIVE_VERSION, type LiveMessage, type Transport } from './sync';

export function classTransport(connection: Pick<HostConnection, 'publish' | 'onDriving'>): Transport {
  return {
    send(message: LiveMessage) {
      if (message.type === 'state') void connection.publish(message);
    },
    subscribe(listener) {
      return connection.onDriving(() => listener({ v: LIVE_VERSION, type: 'hello', sender: 'class', ts: Date.now() }));
    },
    // The connection is shared with the class panels of this page: it stays open.
    close() {},
  };
}

/** One transport that sends through all of `transports` and hears from all of them. */
export function combineTransports(transports: readonly Transport[]): Transport {
  return {
    send: (message) => transports.forEach((transport) => transport.send(message)),
    subscribe(listener) {
      const stops = transports.map((transport) => transport.subscribe(listener));
      return () => stops.forEach((stop) => stop());
    },
    close: () => transports.forEach((transport) => transport.close()),
  };
}
