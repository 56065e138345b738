/**
 * Where the time goes: a CPU profile (node:inspector, the same sampler as --cpu-prof) of a piece
 * of work, summed by function into self-time shares. The bench uses it to say which parts of the
 * engine's month cost most, instead of guessing.
 */
import { Session } from 'node:inspector';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => {
    session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T)));
  });
}

const PROFILER_FRAMES = new Set(['dispatch', '(idle)', '(program)', 'post', 'connect', 'disconnect']);

/** Self-time share of each function while `work` runs for about `ms` milliseconds, largest first. */
export async function selfTimeShares(
  work: () => void,
  ms: number,
): Promise<{ name: string; share: number }[]> {
  const session = new Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: 100 });
  await post(session, 'Profiler.start');
  const end = performance.now() + ms;
  while (performance.now() < end) work();
  const { profile } = await post<{ profile: Profile }>(session, 'Profiler.stop');
  session.disconnect();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const node = byId.get(id);
    const name = node?.callFrame.functionName || '(anonymous)';
    // The profiler's own frames (the in-thread inspector session) and idle time are not the work.
    if (PROFILER_FRAMES.has(name)) return;
    self.set(name, (self.get(name) ?? 0) + dt);
    total += dt;
  });
  return [...self.entries()]
    .map(([name, time]) => ({ name, share: total > 0 ? time / total : 0 }))
    .sort((a, b) => b.share - a.share);
}
