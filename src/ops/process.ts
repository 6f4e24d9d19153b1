import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks'

import type { Family } from './metrics'

const KEY = Symbol.for('omnihub.ops.eventLoop')

/** One event-loop delay monitor per process, started the first time ops code loads. */
function eventLoop(): IntervalHistogram {
  const g = globalThis as unknown as Record<symbol, IntervalHistogram | undefined>
  let h = g[KEY]
  if (!h) {
    h = monitorEventLoopDelay({ resolution: 20 })
    h.enable()
    g[KEY] = h
  }
  return h
}
eventLoop()

const NS = 1e9

/**
 * Process metrics under the names Prometheus' client libraries use, so stock dashboards work.
 * Event-loop lag is measured since the previous scrape (the monitor resets after each one).
 */
export function processFamilies(version: string): Family[] {
  const mem = process.memoryUsage()
  const cpu = process.cpuUsage()
  const lag = eventLoop()
  const lagSamples = lag.count > 0
  const families: Family[] = [
    { name: 'process_resident_memory_bytes', help: 'Resident memory size in bytes.', type: 'gauge', samples: [{ value: mem.rss }] },
    { name: 'nodejs_heap_size_used_bytes', help: 'V8 heap in use, in bytes.', type: 'gauge', samples: [{ value: mem.heapUsed }] },
    { name: 'nodejs_heap_size_total_bytes', help: 'V8 heap reserved, in bytes.', type: 'gauge', samples: [{ value: mem.heapTotal }] },
    { name: 'process_cpu_seconds_total', help: 'User and system CPU time spent, in seconds.', type: 'counter', samples: [{ value: (cpu.user + cpu.system) / 1e6 }] },
    {
      name: 'process_start_time_seconds',
      help: 'Start time of the process since the Unix epoch, in seconds.',
      type: 'gauge',
      samples: [{ value: Math.round((Date.now() / 1000 - process.uptime()) * 1000) / 1000 }],
    },
    {
      name: 'nodejs_eventloop_lag_mean_seconds',
      help: 'Mean event-loop delay since the previous scrape, in seconds.',
      type: 'gauge',
      samples: lagSamples ? [{ value: lag.mean / NS }] : [],
    },
    {
      name: 'nodejs_eventloop_lag_p99_seconds',
      help: '99th percentile event-loop delay since the previous scrape, in seconds.',
      type: 'gauge',
      samples: lagSamples ? [{ value: lag.percentile(99) / NS }] : [],
    },
    {
      name: 'nodejs_eventloop_lag_max_seconds',
      help: 'Largest event-loop delay since the previous scrape, in seconds.',
      type: 'gauge',
      samples: lagSamples ? [{ value: lag.max / NS }] : [],
    },
    {
      name: 'omnihub_build_info',
      help: 'Always 1; the labels say which hub version and Node.js run this process.',
      type: 'gauge',
      samples: [{ labels: { version, node: process.version }, value: 1 }],
    },
  ]
  lag.reset()
  return families
}
