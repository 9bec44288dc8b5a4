/**
 * A recording stand-in for the Powertools logger and metrics the handlers receive, so a
 * test can assert what was logged at which level and which metrics were emitted.
 */
import type { MetricName } from '../../lib/runtime/lambda-metric-names';
import type { Observability } from '../../lib/runtime/lambda-observability';

export interface LogLine {
  level: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';
  message: string;
  [key: string]: unknown;
}

export interface Recorder extends Observability {
  lines: LogLine[];
  metrics: Observability['metrics'] & { values: { name: MetricName; unit: string; value: number }[]; sum(name: MetricName): number };
}

export function recorder(): Recorder {
  const lines: LogLine[] = [];
  const keys: Record<string, unknown> = {};
  const values: { name: MetricName; unit: string; value: number }[] = [];
  const at = (level: LogLine['level']) => (message: string, extra: Record<string, unknown> = {}) => void lines.push({ ...keys, ...extra, level, message });
  return {
    lines,
    logger: {
      debug: at('DEBUG'),
      info: at('INFO'),
      warn: at('WARN'),
      error: at('ERROR'),
      appendKeys: (more) => void Object.assign(keys, more),
      removeKeys: (names) => names.forEach((name) => delete keys[name]),
    },
    metrics: {
      values,
      count: (name, value = 1) => void values.push({ name, unit: 'Count', value }),
      seconds: (name, value) => void values.push({ name, unit: 'Seconds', value }),
      milliseconds: (name, value) => void values.push({ name, unit: 'Milliseconds', value }),
      sum: (name) => values.filter((v) => v.name === name).reduce((total, v) => total + v.value, 0),
    },
  };
}

/** Observability that records nothing anyone reads. */
export function quiet(): Observability {
  const { logger, metrics } = recorder();
  return { logger, metrics };
}
