// Times as the factory reads them: in its IANA zone (data-zone on the page), whatever zone the browser is in.
const offsetFormats = new Map();
const labelFormats = new Map();

function offsetFormat(zone) {
  let format = offsetFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    offsetFormats.set(zone, format);
  }
  return format;
}

/** The zone's offset from UTC in minutes at the instant `date` (DST included). */
export function offsetMinutes(date, zone) {
  const values = {};
  for (const part of offsetFormat(zone).formatToParts(date)) {
    values[part.type] = part.value;
  }
  const wall = Date.UTC(+values.year, +values.month - 1, +values.day, +values.hour, +values.minute, +values.second);
  return Math.round((wall - Math.floor(date.getTime() / 1000) * 1000) / 60000);
}

/** "Thu 3 Dec, 14:20" in the zone. */
export function formatTime(value, zone) {
  const date = value instanceof Date ? value : new Date(value);
  let format = labelFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    labelFormats.set(zone, format);
  }
  return format.format(date);
}

/** "2 h 05 min", "3 d 4 h", "45 min" for a span in minutes (sign dropped). */
export function formatSpan(minutes) {
  const m = Math.round(Math.abs(minutes));
  if (m < 60) {
    return `${m} min`;
  }
  if (m < 24 * 60) {
    return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min`;
  }
  const hours = Math.round(m / 60);
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}
