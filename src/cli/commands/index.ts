import type { Command } from '../command'

/** Every CLI command, in the order `hub --help` lists them. */
export const commands: Command[] = []
