'use client';
/** Fullscreen for the presenter and audience windows (F key); a refusal by the browser is not an error. */
export function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}
