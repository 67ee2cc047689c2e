/**
 * The "지금 / 다음" box (components/live/NowNext.tsx) can only be drawn once the page runs, since the time is the
 * reader's. So that it does not push the chapter down when it appears, a head script marks the document during
 * class hours (the Seoul clock, or a `?at=` rehearsal time, between the first block's start and the last block's
 * end) before the first paint, and CSS reserves the box's exact size there (components/live/now-next.css).
 */
import { COURSE_TIME_ZONE, timetable } from '@/content/timetable';

export const CLASS_HOURS_ATTRIBUTE = 'data-class-hours';

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** [first start, last end) in minutes since 00:00, Seoul. */
export const CLASS_WINDOW = [minutesOf(timetable[0]!.start), minutesOf(timetable.at(-1)!.end)] as const;

/**
 * Runs in <head>. The rehearsal time is read as lib/live/schedule.ts parseRehearsal reads it (Seoul wall clock
 * "YYYY-MM-DDTHH:MM[:SS]", a real calendar date); anything else falls back to the device clock, as the box itself
 * does. The unit test holds the two readings together.
 */
export const CLASS_HOURS_SCRIPT = `(function(){try{var a=/^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2})(?::([0-5]\\d))?$/.exec((new URLSearchParams(location.search).get('at')||'').trim());var m;if(a&&+a[4]<24&&+a[5]<60&&new Date(Date.UTC(+a[1],a[2]-1,+a[3])).getUTCDate()===+a[3]&&+a[2]>0&&+a[2]<13){m=a[4]*60+ +a[5];}else{var p=new Intl.DateTimeFormat('en-US',{timeZone:'${COURSE_TIME_ZONE}',hour:'numeric',minute:'numeric',hourCycle:'h23'}).formatToParts(new Date());var h=0,n=0;for(var i=0;i<p.length;i++){if(p[i].type==='hour')h=+p[i].value;if(p[i].type==='minute')n=+p[i].value;}m=h*60+n;}if(m>=${CLASS_WINDOW[0]}&&m<${CLASS_WINDOW[1]})document.documentElement.setAttribute('${CLASS_HOURS_ATTRIBUTE}','');}catch(_){}})();`;
