/**
 * The worker-thread pool of the local runner, with a worker script built by esbuild the
 * way `scripts/build.mjs` builds it: the same answers as extracting and detecting in
 * this thread, errors with their codes, and a crashed worker replaced.
 */
import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig } from '../../../lib/config/load';
import { createDetector } from '../../../lib/detect';
import { extractArticle } from '../../../lib/extract';
import { createAnalysisPool } from '../../../lib/runtime/analysis-pool';
import type { ArticleAnalyzer } from '../../../lib/pipeline/article-analyzer';

const ROOT = join(__dirname, '..', '..', '..');
// Inside the project, so the worker resolves its packages from node_modules as dist/ does.
const workerFile = join(ROOT, 'node_modules', '.cache', 'radar-test', `analysis-worker-${process.pid}.js`);
let pool: ArticleAnalyzer;

beforeAll(() => {
  buildSync({ entryPoints: [join(ROOT, 'lib', 'runtime', 'analysis-worker.ts')], outfile: workerFile, bundle: true, platform: 'node', format: 'cjs', packages: 'external', logLevel: 'warning', absWorkingDir: ROOT });
  pool = createAnalysisPool({ watchlist: defaultConfig().watchlist, workerFile, size: 2 });
}, 30_000);

afterAll(async () => {
  await pool.close();
  rmSync(workerFile, { force: true });
});

const page = `<!DOCTYPE html><html lang="ko"><head><title>SK하이닉스 용인 클러스터 착공 | 벤치일보</title></head><body>
<nav><a href="/">홈</a> <a href="/it">IT</a></nav><article><h1>SK하이닉스 용인 클러스터 착공</h1>
<p>SK하이닉스는 25일 용인 반도체 클러스터 1기 팹 착공식을 열고 본격적인 공사에 들어갔다고 밝혔다. 회사는 2027년 5월 준공을 목표로 하고 있다.</p>
<p>업계에서는 인공지능 수요가 늘면서 고대역폭 메모리 생산 능력 확보가 가장 큰 과제로 꼽힌다고 분석했다. 지역 주민들도 일자리 창출 효과에 기대를 나타냈다.</p>
</article><footer>ⓒ 벤치일보</footer></body></html>`;

describe('the analysis pool', () => {
  it('extracts and detects exactly as the same code does in this thread, many pages at once', async () => {
    const bytes = Buffer.from(page);
    const options = { url: 'https://news.example.kr/a/1', defaultLang: 'ko' as const };
    const expected = extractArticle(bytes, options);
    const results = await Promise.all(Array.from({ length: 12 }, () => pool.extract(Buffer.from(page), options)));
    for (const result of results) expect(result).toEqual(expected);
    // The caller's bytes stay usable: the pool moves a copy.
    expect(bytes.toString('utf8')).toBe(page);

    const input = { title: expected.title, text: expected.text, published: '2025-02-25', lang: 'ko' as const };
    const events = await pool.detect(input);
    expect(events).toEqual(createDetector(defaultConfig().watchlist).detect(input));
    expect(events.map((e) => e.status)).toContain('CONSTRUCTION_STARTED');
  });

  it('rejects a bad input with the error code the extractor gave it', async () => {
    await expect(pool.detect({ text: '착공했다.', published: 'not a date' })).rejects.toMatchObject({ code: 'RADAR_BAD_INPUT' });
  });

  it('replaces a worker that died, failing only the task it held, and refuses work once closed', async () => {
    // A stand-in worker that crashes on its first task ever, then answers every task.
    const dir = mkdtempSync(join(tmpdir(), 'radar-crashing-worker-'));
    const crashingFile = join(dir, 'crashing-worker.js');
    writeFileSync(
      crashingFile,
      `const { parentPort } = require('node:worker_threads'); const fs = require('node:fs');
       parentPort.on('message', (m) => { if (!fs.existsSync(${JSON.stringify(join(dir, 'crashed'))})) { fs.writeFileSync(${JSON.stringify(join(dir, 'crashed'))}, ''); process.exit(3); } parentPort.postMessage({ id: m.id, ok: true, value: 'alive' }); });`,
    );
    const crashing = createAnalysisPool({ watchlist: defaultConfig().watchlist, workerFile: crashingFile, size: 1 });
    try {
      await expect(crashing.extract(Buffer.from(page), {})).rejects.toMatchObject({ code: 'RADAR_ANALYSIS_WORKER', retryable: true });
      await expect(crashing.extract(Buffer.from(page), {})).resolves.toBe('alive');
    } finally {
      await crashing.close();
    }
    await expect(crashing.extract(Buffer.from(page), {})).rejects.toMatchObject({ code: 'RADAR_ANALYSIS_WORKER' });
  });
});
