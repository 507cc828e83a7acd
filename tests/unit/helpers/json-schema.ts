/** Validates JSON against a JSON Schema (draft 2020-12) with Ajv and its formats; returns the problems. */
import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js').default;
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;

export function validateJson(schema: object, data: unknown): string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const check = ajv.compile(schema);
  if (check(data)) return [];
  return (check.errors ?? []).slice(0, 10).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message}`);
}
