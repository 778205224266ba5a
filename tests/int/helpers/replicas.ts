import { spawn } from 'node:child_process'
import http from 'node:http'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { createProxyServer } from 'http-proxy-3'

export type Replica = { name: string; url: string; stop(): Promise<void> }

const SERVER = path.join(import.meta.dirname, 'replica-server.ts')

/** Start tests/int/helpers/replica-server.ts in its own process; resolves once it listens. */
export function startReplica(name: string, env: Record<string, string>, timeoutMs = 180_000): Promise<Replica> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER], {
    cwd: path.resolve(import.meta.dirname, '../../..'),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const output: string[] = []
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    await exited
  }
  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer)
      void stop()
      reject(new Error(`replica ${name} ${why}:\n${output.slice(-40).join('\n')}`))
    }
    const timer = setTimeout(() => fail(`did not listen within ${timeoutMs} ms`), timeoutMs)
    createInterface({ input: child.stderr }).on('line', (line) => output.push(line))
    createInterface({ input: child.stdout }).on('line', (line) => {
      output.push(line)
      const port = /^listening (\d+)$/.exec(line)?.[1]
      if (!port) return
      clearTimeout(timer)
      resolve({ name, url: `http://127.0.0.1:${port}`, stop })
    })
    child.once('exit', (code, signal) => fail(`exited (${signal ?? code})`))
  })
}

export type Balancer = { url: string; close(): Promise<void> }

/**
 * A load balancer in miniature: round-robin over `replicas`, appending the caller's address
 * to X-Forwarded-For as a real one does, and naming the replica that answered in `x-replica`.
 */
export async function startBalancer(replicas: Replica[]): Promise<Balancer> {
  const proxy = createProxyServer({ xfwd: true })
  let turn = 0
  const server = http.createServer(function balance(req, res) {
    const replica = replicas[turn++ % replicas.length] as Replica
    res.setHeader('x-replica', replica.name)
    proxy.web(req, res, { target: replica.url }, (error) => {
      res.writeHead(502, { 'content-type': 'text/plain' })
      res.end(`replica ${replica.name} unreachable: ${error.message}`)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
      proxy.close()
    },
  }
}
