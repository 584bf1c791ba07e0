import { configureQueueBackend } from '@camhs/queues';
import { itConfig } from '@camhs/server-testing';
import { INestApplication } from '@nestjs/common';
import { connect } from 'node:net';
import { createApi } from '../create-api';

/** Send raw bytes to the API and read all it answers (it closes the connection after a refusal). */
function raw(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(request));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

/**
 * Requests Node's HTTP parser refuses before the application sees them (found by the fault suite's
 * fuzzer: a 20 KB query answered 431 with an empty body) get the API's JSON body naming the problem.
 */
describe('requests the HTTP parser refuses', () => {
  let app: INestApplication;
  let port: number;

  beforeAll(async () => {
    const config = itConfig('postgres', 'clienterr');
    configureQueueBackend(config);
    app = await createApi(config);
    await app.listen(0, '127.0.0.1');
    port = Number(new URL(await app.getUrl()).port);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('answers an address over 16 KB with 431 and says to shorten it', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/api/reports/ptl?asOf=${'x'.repeat(20_000)}`);
    expect(res.status).toBe(431);
    expect(await res.json()).toEqual({
      statusCode: 431,
      error: 'Request Header Fields Too Large',
      message: 'The address or the headers of the request are too long (over 16 KB together): shorten the query or send fewer headers.',
    });
  });

  it('answers bytes that are not HTTP with 400 and a message', async () => {
    const answer = await raw(port, 'NOT HTTP AT ALL\r\n\r\n');
    expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 400 Bad Request');
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'The request could not be read as HTTP: check the request line and headers.',
    });
  });

  it('still answers ordinary requests', async () => {
    expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
  });
});
