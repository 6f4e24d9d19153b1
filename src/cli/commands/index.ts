import type { Command } from '../command'
import { exportCommand } from './export'
import { importCommand } from './import'
import { importFeedbackCommand } from './importFeedback'
import { searchCommand } from './search'
import { seedCommand } from './seed'
import { triageCommand } from './triage'

/** Every CLI command, in the order `hub --help` lists them. */
export const commands: Command[] = [importCommand, exportCommand, importFeedbackCommand, seedCommand, searchCommand, triageCommand]
