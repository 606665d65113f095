/**
 * A real local HTTP server speaking the OpenAI chat completions API, for tests of the provider,
 * the premium service, the API and the CLI. It listens on 127.0.0.1 on a random port.
 *
 *   const server = await startFakeOpenAiServer();
 *   const provider = createOpenAiCompatibleProvider({ baseUrl: server.baseUrl, model: 'fake', ... });
 *   server.enqueue(reply.rateLimited({ retryAfter: '0.05' }), reply.json({ ok: true }));
 *   ...
 *   expect(server.requests).toHaveLength(2);
 *   await server.close();            // also releases hanging requests
 *
 * Replies (each takes an optional `{ delayMs }` before answering):
 *   reply.json(value, { usage? })     200, content = JSON.stringify(value)
 *   reply.text(content)               200, any content: prose, fabricated facts, fenced JSON
 *   reply.malformed()                 200, content that is not JSON at all
 *   reply.rateLimited({ retryAfter }) 429 rate_limit_exceeded, Retry-After header if given
 *   reply.insufficientQuota()         429 with code insufficient_quota
 *   reply.serverError(status = 500)   5xx (or any status) with an OpenAI-style error body
 *   reply.error(status, body, headers) any status and JSON body
 *   reply.hang()                      never answers until the client aborts or close()
 *   (request) => Reply                decide per request (e.g. echo something from the prompt)
 *
 * Scripting: `enqueue(...replies)` answers requests in order; when the queue is empty the
 * `fallback` reply answers (default: reply.json({})). `rejectResponseFormat = true` makes the
 * server answer 400 to any request carrying `response_format` without consuming the queue, like
 * a server without structured output.
 *
 * Recording: `requests` lists every POST /v1/chat/completions as { body, messages, headers,
 * hasResponseFormat }, in arrival order; `maxInFlight` is the highest number answered at once.
 * `GET /v1/models` lists the one model `fake-model`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeMessage {
  role: string;
  content: string;
}

export interface RecordedRequest {
  body: Record<string, unknown>;
  messages: FakeMessage[];
  headers: IncomingMessage['headers'];
  hasResponseFormat: boolean;
}

export type Reply =
  | { kind: 'completion'; content: string; usage?: Usage; delayMs?: number }
  | {
      kind: 'error';
      status: number;
      body: unknown;
      headers?: Record<string, string>;
      delayMs?: number;
    }
  | { kind: 'hang' };

export type Script = Reply | ((request: RecordedRequest) => Reply);

interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
}

interface Delay {
  delayMs?: number;
}

const errorBody = (message: string, type: string, code: string | null) => ({
  error: { message, type, param: null, code },
});

export const reply = {
  json: (value: unknown, options: Delay & { usage?: Usage } = {}): Reply => ({
    kind: 'completion',
    content: JSON.stringify(value),
    ...options,
  }),
  text: (content: string, options: Delay & { usage?: Usage } = {}): Reply => ({
    kind: 'completion',
    content,
    ...options,
  }),
  malformed: (options: Delay = {}): Reply => ({
    kind: 'completion',
    content: 'Sure! Here are your rewrites: {"rewrites": [ {"original": ',
    ...options,
  }),
  rateLimited: (options: Delay & { retryAfter?: string } = {}): Reply => ({
    kind: 'error',
    status: 429,
    body: errorBody('Rate limit reached for requests', 'requests', 'rate_limit_exceeded'),
    headers: options.retryAfter === undefined ? {} : { 'retry-after': options.retryAfter },
    delayMs: options.delayMs,
  }),
  insufficientQuota: (options: Delay = {}): Reply => ({
    kind: 'error',
    status: 429,
    body: errorBody('You exceeded your current quota.', 'insufficient_quota', 'insufficient_quota'),
    delayMs: options.delayMs,
  }),
  serverError: (status = 500, options: Delay = {}): Reply => ({
    kind: 'error',
    status,
    body: errorBody('The server had an error while processing your request.', 'server_error', null),
    delayMs: options.delayMs,
  }),
  error: (status: number, body: unknown, headers: Record<string, string> = {}): Reply => ({
    kind: 'error',
    status,
    body,
    headers,
  }),
  hang: (): Reply => ({ kind: 'hang' }),
};

export interface FakeOpenAiServer {
  /** e.g. http://127.0.0.1:43121/v1, ready for the SDK's baseURL. */
  baseUrl: string;
  requests: RecordedRequest[];
  maxInFlight: number;
  rejectResponseFormat: boolean;
  fallback: Script;
  enqueue(...scripts: Script[]): void;
  close(): Promise<void>;
}

export async function startFakeOpenAiServer(): Promise<FakeOpenAiServer> {
  const queue: Script[] = [];
  let inFlight = 0;
  const state: FakeOpenAiServer = {
    baseUrl: '',
    requests: [],
    maxInFlight: 0,
    rejectResponseFormat: false,
    fallback: reply.json({}),
    enqueue: (...scripts) => queue.push(...scripts),
    close: () => closeServer(),
  };

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => res.destroy());
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method === 'GET' && req.url === '/v1/models') {
      return send(res, 200, { object: 'list', data: [{ id: 'fake-model', object: 'model' }] });
    }
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
      return send(res, 404, errorBody('Unknown route', 'invalid_request_error', null));
    }
    const body = JSON.parse(await readBody(req)) as Record<string, unknown>;
    const recorded: RecordedRequest = {
      body,
      messages: (body.messages ?? []) as FakeMessage[],
      headers: req.headers,
      hasResponseFormat: body.response_format !== undefined,
    };
    state.requests.push(recorded);
    inFlight += 1;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    res.on('close', () => (inFlight -= 1));
    if (state.rejectResponseFormat && recorded.hasResponseFormat) {
      return send(res, 400, {
        error: {
          message: "Unsupported parameter: 'response_format' is not supported by this server.",
          type: 'invalid_request_error',
          param: 'response_format',
          code: null,
        },
      });
    }
    const script = queue.shift() ?? state.fallback;
    const answer = typeof script === 'function' ? script(recorded) : script;
    if (answer.kind === 'hang') return; // the socket stays open until abort or close()
    if (answer.delayMs) await sleep(answer.delayMs);
    if (res.destroyed) return;
    if (answer.kind === 'error') return send(res, answer.status, answer.body, answer.headers);
    send(res, 200, completion(String(body.model ?? 'fake-model'), answer));
  }

  async function closeServer(): Promise<void> {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  return state;
}

function completion(model: string, answer: Extract<Reply, { kind: 'completion' }>) {
  const usage = answer.usage ?? { prompt_tokens: 100, completion_tokens: 50 };
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: 0,
    model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: answer.content, refusal: null },
        finish_reason: 'stop',
        logprobs: null,
      },
    ],
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
  };
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
