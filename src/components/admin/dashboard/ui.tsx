import React from 'react'

/** Building blocks of the dashboard (server-rendered, no client code): every number is a link. */

export const muted: React.CSSProperties = { color: 'var(--theme-elevation-600, #475467)' }
const cell: React.CSSProperties = { padding: '6px 10px', borderBottom: '1px solid var(--theme-elevation-100, #eaecf0)', textAlign: 'left', verticalAlign: 'top' }
const numCell: React.CSSProperties = { ...cell, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }

/** A number linking to the admin list of the records behind it (plain when there is none). */
export function N({ href, children, title }: { href: string | null | undefined; children: React.ReactNode; title?: string }) {
  if (!href) return <span title={title}>{children}</span>
  return (
    <a href={href} title={title ?? '查看对应记录'} className="dashboard-number">
      {children}
    </a>
  )
}

export function Section({ id, title, children, note }: { id: string; title: string; children: React.ReactNode; note?: React.ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} style={{ marginTop: 32 }}>
      <h2 id={`${id}-title`} style={{ marginBottom: 4 }}>{title}</h2>
      {note ? <p style={{ ...muted, marginTop: 0 }}>{note}</p> : null}
      {children}
    </section>
  )
}

/** Cards side by side that wrap on narrow screens. */
export function Grid({ children, min = 320 }: { children: React.ReactNode; min?: number }) {
  return <div style={{ display: 'grid', gridTemplateColumns: `repeat(auto-fill, minmax(${min}px, 1fr))`, gap: 16, alignItems: 'start' }}>{children}</div>
}

export function Card({ children, title }: { children: React.ReactNode; title?: string }) {
  return (
    <div style={{ border: '1px solid var(--theme-elevation-150, #eaecf0)', borderRadius: 6, padding: 12, background: 'var(--theme-elevation-0, #fff)', minWidth: 0 }}>
      {title ? <h3 style={{ margin: '0 0 8px', fontSize: 15 }}>{title}</h3> : null}
      {children}
    </div>
  )
}

/** An SVG chart from src/reporting/charts (trusted markup: labels are escaped there). */
export function Chart({ svg }: { svg: string }) {
  return <figure className="dashboard-chart" style={{ margin: 0, overflowX: 'auto' }} dangerouslySetInnerHTML={{ __html: svg }} />
}

/** A rate as a big number, with its numerator and denominator as links. */
export function BigRate(props: {
  label: string
  value: string
  numerator: { value: number; href: string | null; label: string }
  denominator: { value: number; href: string | null; label: string }
  definition: string
  valueHref?: string | null
}) {
  return (
    <Card>
      <div style={{ fontSize: 14, fontWeight: 600 }} data-indicator-label={props.label}>{props.label}</div>
      <div style={{ fontSize: 34, fontWeight: 700, lineHeight: 1.3 }} data-indicator={props.label}>
        <N href={props.valueHref ?? props.denominator.href}>{props.value}</N>
      </div>
      <div style={{ fontSize: 13 }}>
        {props.numerator.label} <N href={props.numerator.href}>{props.numerator.value}</N>
        {' / '}
        {props.denominator.label} <N href={props.denominator.href}>{props.denominator.value}</N>
      </div>
      <p style={{ ...muted, fontSize: 12, margin: '6px 0 0' }}>{props.definition}</p>
    </Card>
  )
}

export interface Column {
  label: string
  numeric?: boolean
}

/** A table whose cells may hold links; `rows` of React nodes. */
export function Table({ caption, columns, rows, empty = '暂无数据' }: { caption?: string; columns: Column[]; rows: React.ReactNode[][]; empty?: string }) {
  if (!rows.length) return <p style={muted}>{caption ? `${caption}：` : ''}{empty}</p>
  return (
    <table style={{ width: '100%', borderCollapse: 'collapse', fontSize: 13 }}>
      {caption ? <caption style={{ textAlign: 'left', fontWeight: 600, marginBottom: 6 }}>{caption}</caption> : null}
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.label} scope="col" style={{ ...(c.numeric ? numCell : cell), fontWeight: 600 }}>{c.label}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            {r.map((v, j) => (
              <td key={j} style={columns[j]?.numeric ? numCell : cell}>{v}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
