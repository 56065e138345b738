import { retiredV1ParamById } from '../../models/v1-ids';
import { makeError, type ScenarioError } from './errors';

/**
 * The catalogue's message for a version-1 parameter id that version 2 no longer has (it names what
 * replaced it), or undefined when `id` is not one. A v1 scenario file, link or saved scenario that
 * uses one is refused with this message: nothing is silently lost.
 */
export function removedV1Id(id: string, lang: 'en' | 'zh' = 'en'): string | undefined {
  return Object.hasOwn(retiredV1ParamById, id) ? retiredV1ParamById[id].message[lang] : undefined;
}

/** The error for a removed v1 id at `path`, or undefined when `id` is not one. */
export function removedV1IdError(id: string, path: string, value: unknown): ScenarioError | undefined {
  const message = removedV1Id(id);
  if (message === undefined) return undefined;
  return makeError(path, 'v1-id', value, `version-1 parameter: ${message}`);
}
