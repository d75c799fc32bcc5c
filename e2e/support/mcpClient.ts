import type { APIRequestContext, APIResponse } from '@playwright/test';
import { BACKEND_URL } from './portal';

/** The demo backend's MCP server (the MCP actions backend, streamable HTTP). */
export const MCP_URL = `${BACKEND_URL}/api/mcp-actions/v1`;

/** The MCP protocol version the client asks for. */
const PROTOCOL_VERSION = '2025-06-18';

/**
 * A minimal MCP client over streamable HTTP, as Claude Desktop or VS Code
 * talk to the portal: JSON-RPC messages POSTed with the user's Backstage
 * token; the server is stateless (no session id) and answers each request
 * on an event stream.
 */
export class McpClient {
  private nextId = 1;
  private protocolVersion?: string;

  constructor(
    private readonly request: APIRequestContext,
    private readonly token: string | undefined,
  ) {}

  /** POSTs one JSON-RPC message. */
  post(message: object): Promise<APIResponse> {
    return this.request.post(MCP_URL, {
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json, text/event-stream',
        ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}),
        ...(this.protocolVersion
          ? { 'MCP-Protocol-Version': this.protocolVersion }
          : {}),
      },
      data: message,
    });
  }

  /** A JSON-RPC request's result, read from the response's event stream. */
  async call(method: string, params: object = {}): Promise<any> {
    const id = this.nextId++;
    const response = await this.post({ jsonrpc: '2.0', id, method, params });
    const text = await response.text();
    if (!response.ok()) {
      throw new Error(`MCP ${method}: HTTP ${response.status()} ${text}`);
    }
    const answer = text
      .split('\n')
      .filter(line => line.startsWith('data: '))
      .map(line => JSON.parse(line.slice('data: '.length)))
      .find(message => message.id === id);
    if (!answer?.result) {
      throw new Error(`MCP ${method}: ${JSON.stringify(answer ?? text)}`);
    }
    return answer.result;
  }

  /** `initialize` then `notifications/initialized`; answers the server's reply. */
  async initialize(): Promise<any> {
    const result = await this.call('initialize', {
      protocolVersion: PROTOCOL_VERSION,
      capabilities: {},
      clientInfo: { name: 'maturity-e2e', version: '1.0.0' },
    });
    this.protocolVersion = result.protocolVersion;
    const initialized = await this.post({
      jsonrpc: '2.0',
      method: 'notifications/initialized',
    });
    if (initialized.status() !== 202) {
      throw new Error(
        `MCP notifications/initialized: HTTP ${initialized.status()}`,
      );
    }
    return result;
  }

  /** Calls a tool; answers its structured output, or throws the tool's error text. */
  async callTool(name: string, args: object): Promise<any> {
    const result = await this.call('tools/call', { name, arguments: args });
    if (result.isError) {
      throw new Error(`${name}: ${result.content?.[0]?.text}`);
    }
    return result.structuredContent;
  }
}
