/** "HH:MM" wall-clock helpers for the timetable. */
export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

export function durationMinutes(start: string, end: string): number {
  return minutesOf(end) - minutesOf(start);
}

/** "10:00–10:20" */
export function timeRange(start: string, end: string): string {
  return `${start}–${end}`;
}
