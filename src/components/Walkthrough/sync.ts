/**
 * Keeps windows on this device in step: the slides on the projector and the trainer's notes in a
 * second window. Messages go through a BroadcastChannel (same browser, same site); nothing leaves
 * the device. A window that opens asks where the others are, and follows the answer.
 */
type Message = { kind: 'at'; i: number } | { kind: 'ask' };

export interface Sync {
  /** Tells the other windows this one moved to item i (from 0). */
  send(i: number): void;
  /** Asks the other windows where they are. */
  ask(): void;
}

export function syncWindows(key: string, current: () => number, follow: (i: number) => void): Sync | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  const channel = new BroadcastChannel(`wtn-walkthrough:${key}`);
  const post = (m: Message) => channel.postMessage(m);
  channel.addEventListener('message', (e: MessageEvent<Message>) => {
    const m = e.data;
    if (m?.kind === 'ask') post({ kind: 'at', i: current() });
    else if (m?.kind === 'at' && Number.isInteger(m.i) && m.i !== current()) follow(m.i);
  });
  return { send: (i) => post({ kind: 'at', i }), ask: () => post({ kind: 'ask' }) };
}
