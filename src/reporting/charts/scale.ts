/** "Nice" axis ticks (1, 2 or 5 × 10ⁿ apart) covering [min, max], about `count` intervals. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) {
    max = min === 0 ? 1 : min > 0 ? min * 2 : 0
    if (!(max > min)) max = min + 1
  }
  const rough = (max - min) / Math.max(1, count)
  const power = 10 ** Math.floor(Math.log10(rough))
  // The multiplier nearest to the rough step on a log scale (as d3 does): 10.5 → 10, not 20.
  const err = rough / power
  const step = power * (err >= Math.sqrt(50) ? 10 : err >= Math.sqrt(10) ? 5 : err >= Math.sqrt(2) ? 2 : 1)
  const start = Math.floor(min / step) * step
  const end = Math.ceil(max / step) * step
  const ticks: number[] = []
  // Rounding each tick to the step's precision avoids 0.30000000000000004 on the axis.
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 1)
  for (let i = 0; start + i * step <= end + step / 1e9; i++) ticks.push(Number((start + i * step).toFixed(digits)))
  return ticks
}

/** Linear map from a value domain to pixel positions. */
export function linear(domain: [number, number], range: [number, number]): (v: number) => number {
  const [d0, d1] = domain
  const [r0, r1] = range
  const span = d1 - d0 || 1
  return (v) => r0 + ((v - d0) / span) * (r1 - r0)
}
