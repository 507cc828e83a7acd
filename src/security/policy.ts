/**
 * The site's Content-Security-Policy, in one place. Nothing may load from another origin; scripts
 * and styles come from this site (plus the hashes Astro computes for what it inlines); Pagefind's
 * WebAssembly needs 'wasm-unsafe-eval' (it allows compiling WebAssembly, not JavaScript eval).
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

export const CSP_SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];
export const CSP_STYLE_SOURCES = ["'self'"];

/** Directives a <meta> tag cannot carry, for the HTTP header only. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/** Other security headers for static hosts. */
export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};
