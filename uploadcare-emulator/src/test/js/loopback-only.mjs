// Keeps every TCP connection of this process on loopback: the SDK's from-URL upload
// pre-connects a WebSocket to a third-party push service, which a test must never reach.
// Such a connection fails at once with an error; the SDK then relies on polling.
import net from 'node:net';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;
const connect = net.Socket.prototype.connect;
export const blocked = [];

net.Socket.prototype.connect = function (...args) {
  const options = typeof args[0] === 'object' && args[0] !== null ? args[0] : { port: args[0], host: args[1] };
  const host = options.host ?? 'localhost';
  if (options.path === undefined && !LOOPBACK.test(host)) {
    blocked.push(host);
    process.nextTick(() => this.destroy(new Error(`connection to ${host} blocked: tests stay on loopback`)));
    return this;
  }
  return connect.apply(this, args);
};
