/** "Cách thức thực hiện": one row per channel with its processing time and fee. */
import { METHOD_FIELDS, pickFields } from './fields.ts'
import { textOf } from './text.ts'
import { type Channel, parseChannel, parseFee, parseTime, type TimeUnit } from './values.ts'

export type MethodData = {
  channel: Channel
  timeAmount?: number
  timeUnit?: TimeUnit
  timeNote?: string
  feeAmount?: number
  feeDescription?: string
}

/**
 * The columns of one method: an object keyed by the column labels, or in a CSV cell one line per
 * method with the columns separated by `|` ("Trực tiếp | 07 ngày làm việc | Lệ phí: 20.000 đồng").
 */
function columns(item: unknown): Partial<Record<keyof typeof METHOD_FIELDS, unknown>> {
  if (typeof item === 'string') {
    const [channel, time, fee, description] = item.split(/\s*[|\t]\s*/)
    return { channel, time, fee, description }
  }
  if (item && typeof item === 'object') return pickFields(item as Record<string, unknown>, METHOD_FIELDS).values
  return {}
}

/**
 * A time the text states exactly becomes an amount and unit; any other wording is kept whole
 * as the time note. The fee text is always kept as the fee description; its amount only when
 * the text states exactly one.
 */
export function parseMethod(item: unknown, leftOut: string[]): MethodData | undefined {
  const values = columns(item)
  const channelText = textOf(values.channel)
  const channel = channelText ? parseChannel(channelText) : undefined
  if (!channel) {
    leftOut.push(`method ${JSON.stringify(channelText ?? item)}: unknown channel`)
    return undefined
  }
  const method: MethodData = { channel }
  const timeText = textOf(values.time)
  const time = timeText ? parseTime(timeText) : undefined
  if (time) {
    method.timeAmount = time.amount
    method.timeUnit = time.unit
  } else if (timeText) {
    method.timeNote = timeText
  }
  if (typeof values.fee === 'number') {
    method.feeAmount = values.fee
  } else {
    const feeText = textOf(values.fee)
    const amount = feeText ? parseFee(feeText) : undefined
    if (amount !== undefined) method.feeAmount = amount
    if (feeText) method.feeDescription = feeText
  }
  const description = textOf(values.description)
  // Our methods have no free description: say so rather than drop it silently.
  if (description) leftOut.push(`method ${channelText}: description ${JSON.stringify(description)}`)
  return method
}
