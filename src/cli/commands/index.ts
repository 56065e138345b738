import type { Command } from '../command';
import { backtestCommand } from './backtest';
import { calibrateCommand } from './calibrate';
import { explainCommand, paramsCommand, presetsCommand } from './catalogue';
import { compareCommand } from './compare';
import { mcCommand } from './mc';
import { runCommand } from './run';
import { sensitivityCommand } from './sensitivity';
import { sweepCommand } from './sweep';

/** Every `jevons` command, in the order `jevons --help` lists them. */
export const COMMANDS: Command[] = [
  runCommand,
  compareCommand,
  sweepCommand,
  mcCommand,
  sensitivityCommand,
  paramsCommand,
  presetsCommand,
  explainCommand,
  calibrateCommand,
  backtestCommand,
];
