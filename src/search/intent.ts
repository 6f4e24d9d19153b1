import type { DepartmentRef } from './types'
import { fold } from './text'

export interface DepartmentInfo extends DepartmentRef {
  keywords: string[]
}

/** Keywords that are themselves names of offices (车管所, 不动产登记中心) name their department. */
const OFFICE_SUFFIX = /(局|所|中心|委|队|站|处|科|厅)$/

/** Words that ask what a named department does: "市场监管局能办什么". */
export const LISTING_WORDS = [
  '能办哪些业务', '能办什么业务', '可以办哪些', '可以办什么', '能办哪些', '能办什么', '都办什么', '办哪些', '办什么',
  '有哪些业务', '有什么业务', '哪些业务', '业务', '办事指南', '服务指南', '指南', '事项', '办事', '服务', '管什么',
  '管哪些', '负责什么', '职能', '有哪些', '都有啥', '能干什么',
  // the office itself: 交警大队, 某某分局, 办事窗口
  '大队', '支队', '中队', '分局', '部门', '单位', '窗口', '办公室',
  // how to reach it
  '联系电话', '电话号码', '电话', '地址', '在哪里', '在哪儿', '在哪', '位置', '办公时间', '上班时间', '官网', '网站',
]

/** Words that ask which department handles something: "营业执照归哪个部门管". */
export const WHO_WORDS = [
  '归哪个部门管', '归哪个部门', '由哪个部门', '哪个部门负责', '哪个部门', '哪个局', '哪个单位', '哪个机关', '找哪个',
  '找谁', '归谁管', '谁来管', '谁管', '谁负责', '哪里管', '去哪里办', '去哪办', '在哪里办', '在哪办', '哪里办',
  '打哪个电话', '打什么电话', '电话多少', '哪个窗口',
]

/**
 * Departments and the names citizens call them by: full name, short name, the name without the
 * city ("市场监督管理局"), a name in brackets, and office-like keywords (车管所).
 */
export class DepartmentDirectory {
  private aliases: Array<{ alias: string; code: string }> = []
  readonly byCode = new Map<string, DepartmentInfo>()
  readonly byId = new Map<string, DepartmentInfo>()

  constructor(departments: DepartmentInfo[]) {
    for (const d of departments) {
      this.byCode.set(d.code, d)
      this.byId.set(String(d.id), d)
      for (const a of departmentAliases(d)) this.aliases.push({ alias: a, code: d.code })
    }
    this.aliases.sort((a, b) => b.alias.length - a.alias.length)
  }

  /** Every alias, for the segmenter's user dictionary and for the pinyin vocabulary. */
  allAliases(): string[] {
    return [...new Set(this.aliases.map((a) => a.alias))]
  }

  /** Departments named in `text`, longest names first; each found name is reported once. */
  named(text: string): Array<{ code: string; alias: string }> {
    const compact = fold(text).replace(/\s+/g, '')
    const found: Array<{ code: string; alias: string }> = []
    let rest = compact
    for (const a of this.aliases) {
      if (!rest.includes(a.alias)) continue
      if (!found.some((f) => f.code === a.code)) found.push(a)
      rest = rest.split(a.alias).join('\u0000')
    }
    return found
  }
}

export function departmentAliases(d: { name: string; shortName?: string; keywords?: string[] }): string[] {
  const out = new Set<string>()
  const add = (s?: string) => {
    const v = fold(s ?? '').replace(/\s+/g, '')
    if (v.length >= 2) out.add(v)
  }
  const name = fold(d.name)
  const bracket = /[（(]([^）)]+)[）)]/.exec(name)?.[1]
  const main = name.replace(/[（(][^）)]*[）)]/g, '')
  add(main)
  add(d.shortName)
  // "示范市市场监督管理局" -> "市场监督管理局"; "国家税务总局示范市税务局" -> "税务局"
  add(withoutPlace(main))
  if (bracket) {
    add(bracket)
    add(withoutPlace(bracket))
  }
  for (const k of d.keywords ?? []) if (OFFICE_SUFFIX.test(k) && k.length >= 3) add(k)
  return [...out]
}

/** Drops a leading place name, keeping at least two characters: 示范市城市管理局 -> 城市管理局. */
const withoutPlace = (name: string): string => name.replace(/^.+?[省市县区](?=.{2,})/, '')

/** Removes every listed word from `text` (longest first, as the lists are ordered). */
export function stripWords(text: string, words: string[]): { rest: string; found: boolean } {
  let rest = text
  let found = false
  for (const w of words) {
    if (rest.includes(w)) {
      found = true
      rest = rest.split(w).join(' ')
    }
  }
  return { rest, found }
}
