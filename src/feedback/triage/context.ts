import { buildRoutingContext, type RoutingDepartment, type RoutingGuide } from '../routing'
import { titleParts } from '../../search/text'
import { addWords } from '../../search/tokenizer'
import { lexiconEntries } from './scan'
import type { TriageContext } from './types'

/**
 * Everything triage needs that depends on the hub's content. Item names and department names go
 * into jieba's user dictionary (one jieba per process, shared with search) so that 社会保障卡 or
 * 公积金中心 stay whole words in the tokens routing and topic clustering receive.
 */
export function buildTriageContext(departments: RoutingDepartment[], guides: RoutingGuide[]): TriageContext {
  addWords([
    ...departments.flatMap((d) => [d.name, d.shortName ?? '']),
    ...guides.flatMap((g) => titleParts(g.title).filter((p) => p.length <= 10)),
  ])
  lexiconEntries() // builds the lexicon automaton now rather than on the first message
  return { routing: buildRoutingContext(departments, guides) }
}
