// WeChat has no HTTP in front to refuse a flood: one contact (or a script on a hijacked account)
// sending thousands of messages, or a busy room, would each be answered at once, every one. So a
// contact may ask so many questions a minute and a room so many, and questions wait in one
// bounded queue, answered a few at a time. Over a limit, the contact is told once a window and the
// rest is dropped quietly (a notice per message would be a flood of our own).
import { LocalCounts } from '../rate-limit.ts';

const WINDOW_MS = 60_000;

export interface FloodLimits {
  /** questions one contact may ask a minute; 0 = no limit */
  perContact: number;
  /** questions asked in one room a minute, everyone together; 0 = no limit */
  perRoom: number;
  /** questions waiting to be answered, all contacts together; more are dropped */
  queue: number;
  /** questions answered at once */
  concurrency: number;
}

export const DEFAULT_FLOOD_LIMITS: FloodLimits = { perContact: 60, perRoom: 120, queue: 200, concurrency: 4 };

/** 'ok', or which limit the message is over; `notify` when the contact is to be told (once a window). */
export type Admission = { ok: true } | { ok: false; over: 'contact' | 'room' | 'queue'; notify: boolean };

export class FloodGate {
  private readonly counts = new LocalCounts();
  private readonly notified = new LocalCounts();
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limits: FloodLimits = DEFAULT_FLOOD_LIMITS) {}

  /** Counts a question from `contact` (in `room`, when there is one) against the limits. */
  admit(contact: string, room?: string): Admission {
    const { perContact, perRoom, queue } = this.limits;
    const over = (n: number, limit: number) => limit > 0 && n > limit;
    let reason: 'contact' | 'room' | 'queue' | undefined;
    if (over(this.counts.incr(`contact:${contact}`, WINDOW_MS).current, perContact)) reason = 'contact';
    else if (room && over(this.counts.incr(`room:${room}`, WINDOW_MS).current, perRoom)) reason = 'room';
    else if (this.waiting.length >= queue) reason = 'queue';
    if (!reason) return { ok: true };
    const told = this.notified.incr(`${reason}:${room ?? contact}`, WINDOW_MS).current;
    return { ok: false, over: reason, notify: told === 1 };
  }

  /** Runs `work` when one of the answering slots is free, in the order questions came. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.limits.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
    try {
      return await work();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }

  /** questions waiting for a slot */
  get queued(): number {
    return this.waiting.length;
  }
}

/** What a contact over a limit is told, once a window. */
export const FLOOD_NOTICE: Record<'contact' | 'room' | 'queue', string> = {
  contact: '您提问太频繁了，请一分钟后再问。',
  room: '本群提问太频繁了，请一分钟后再问。',
  queue: '现在提问的人太多，请稍后再问。',
};
