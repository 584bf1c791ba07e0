import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';

/** What Node's own parser refuses, as the API says it: status, reason phrase, and what to do. */
const REFUSALS: Record<string, { status: number; reason: string; message: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    reason: 'Request Header Fields Too Large',
    message: 'The address or the headers of the request are too long (over 16 KB together): shorten the query or send fewer headers.',
  },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, reason: 'Request Timeout', message: 'The request did not arrive in time: send it again.' },
};
const UNREADABLE = { status: 400, reason: 'Bad Request', message: 'The request could not be read as HTTP: check the request line and headers.' };

/**
 * Node answers a request its HTTP parser refuses (an address or headers over its 16 KB limit, bad
 * syntax, a request that never finishes) before Express sees it, with an empty body. Here those answers
 * get the API's own JSON body saying what is wrong, like every other 4xx. A socket already gone is closed.
 */
export function explainClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const { status, reason, message } = REFUSALS[error.code ?? ''] ?? UNREADABLE;
    const body = JSON.stringify({ statusCode: status, error: reason, message });
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
