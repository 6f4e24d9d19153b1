import type { Command } from '../command'
import { exportCommand } from './export'
import { importCommand } from './import'
import { searchCommand } from './search'
import { seedCommand } from './seed'

/** Every CLI command, in the order `hub --help` lists them. */
export const commands: Command[] = [importCommand, exportCommand, seedCommand, searchCommand]
