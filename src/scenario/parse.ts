import type { ParamId } from '../../models/schema';
import type { DemandCurve, ParamValue, Scenario } from '../model/types';
import { basePreset, baseValues, findParameter, PARAMETER_IDS } from './catalogue';
import { checkCrossFields, checkDemandCurve, checkTimeExpressions } from './cross-field';
import { didYouMean, MAX_SUGGESTIONS } from './did-you-mean';
import { readDistributions } from './distributions';
import { childPath, describeValue, makeError, type ParseResult, type ScenarioError } from './errors';
import { readParameterValue } from './parameter-value';
import { type InputFormat, readScenarioText } from './read-input';
import { plainData } from './plain-data';
import { checkTopLevelKeys, isRecord, readDemandCurve, readExtends, readText } from './shape';
import { removedV1IdError } from './v1-ids';
import { readAsOf, unsupportedDefaults, vintageError } from './vintage';

export interface ParseOptions {
  /** How to read a string input; by default from `source`'s extension, else JSON if it starts with "{". */
  format?: InputFormat;
  /** File name or other origin, used to pick the format and in messages. */
  source?: string;
  /**
   * The vintage to check the defaults against (the CLI's `--as-of`); it overrides the file's
   * `asOf`. Defaults that rest only on later sources are refused unless the scenario sets them.
   */
  asOf?: string;
  /** Parameter ids the caller sets after parsing (the CLI's `--set`): the vintage check counts them as set. */
  alsoSet?: readonly string[];
}

/** The user's parameters over the base values; invalid entries are reported and leave the base value. */
function readParameters(raw: unknown, values: Record<ParamId, ParamValue>, errors: ScenarioError[]): void {
  let unknownIds = 0;
  if (raw === undefined) return;
  if (!isRecord(raw)) {
    errors.push(
      makeError(
        '$.parameters',
        'type',
        raw,
        `parameters must be an object of id → value; got ${describeValue(raw)}`,
      ),
    );
    return;
  }
  for (const [id, written] of Object.entries(raw)) {
    const path = childPath('$.parameters', id);
    const def = findParameter(id);
    if (!def) {
      errors.push(
        removedV1IdError(id, path, written) ??
          makeError(
            path,
            'unknown-id',
            id,
            `unknown parameter id ${describeValue(id)}${unknownIds++ < MAX_SUGGESTIONS ? didYouMean(id, PARAMETER_IDS) : ''}`,
          ),
      );
      continue;
    }
    const read = readParameterValue(written, def, path);
    if (read.ok) values[def.id] = read.value;
    else errors.push(read.error);
  }
}

function validate(input: unknown, options: ParseOptions): ParseResult {
  const asOfOption = options.asOf;
  const plain = plainData(input);
  if (!plain.ok) return { ok: false, errors: [plain.error] };
  const data = plain.data;
  if (!isRecord(data)) {
    const error = makeError(
      '$',
      'type',
      data,
      `a scenario must be an object with name and parameters; got ${describeValue(data)}`,
    );
    return { ok: false, errors: [error] };
  }
  const errors: ScenarioError[] = [];
  const warnings: string[] = [];
  checkTopLevelKeys(data, errors);
  const name = readText(data, 'name', errors, true);
  const description = readText(data, 'description', errors, false);
  const extendsId = readExtends(data.extends, errors);
  const preset = basePreset(extendsId);
  const values: Record<ParamId, ParamValue> = baseValues(preset);
  readParameters(data.parameters, values, errors);
  const demandCurve: DemandCurve = readDemandCurve(data.demandCurve, errors) ?? {
    kind: preset?.demandCurve ?? 'constant',
  };
  const distributions = readDistributions(data.distributions, '$.distributions', errors);
  const asOfPath = asOfOption !== undefined ? '--as-of' : '$.asOf';
  const asOf = readAsOf(asOfOption ?? data.asOf, asOfPath, errors);
  if (asOf !== undefined) {
    const set = new Set([
      ...Object.keys(preset?.parameters ?? {}),
      ...(isRecord(data.parameters) ? Object.keys(data.parameters) : []),
      ...(options.alsoSet ?? []),
    ]);
    const unsupported = unsupportedDefaults(asOf, set);
    if (unsupported.length > 0) errors.push(vintageError(asOfPath, asOf, unsupported));
  }
  checkTimeExpressions(values, errors);
  checkCrossFields(values, errors);
  checkDemandCurve(demandCurve, values, errors, warnings);
  if (
    isRecord(data.parameters) &&
    Object.hasOwn(data.parameters, 'reservationSigma') &&
    demandCurve.kind !== 'reservation'
  ) {
    warnings.push(
      `reservationSigma only shapes the "reservation" demand curve; this scenario uses "${demandCurve.kind}"`,
    );
  }
  if (errors.length > 0) return { ok: false, errors };
  const scenario: Scenario = { name: name ?? '', parameters: values, demandCurve };
  if (extendsId !== undefined) scenario.extends = extendsId;
  if (description !== undefined) scenario.description = description;
  if (distributions !== undefined) scenario.distributions = distributions;
  if (asOf !== undefined) scenario.asOf = asOf;
  return { ok: true, scenario, warnings };
}

/**
 * Validates a scenario — a parsed object, or JSON/YAML text — and returns the complete typed
 * scenario (every parameter in catalogue units: preset values over catalogue defaults, the file's
 * values over both) or every error found, each with a JSONPath, a rule and a sentence naming the
 * field, the allowed range with its unit and the value. Never throws.
 */
export function parseScenario(input: unknown, options: ParseOptions = {}): ParseResult {
  try {
    if (typeof input === 'string') {
      const read = readScenarioText(input, options.format, options.source);
      if (!read.ok) return { ok: false, errors: [read.error] };
      return validate(read.data, options);
    }
    return validate(input, options);
  } catch (error) {
    const message = `the scenario could not be checked because of an internal error: ${(error as Error)?.message ?? String(error)}`;
    return { ok: false, errors: [makeError('$', 'internal', null, message)] };
  }
}
