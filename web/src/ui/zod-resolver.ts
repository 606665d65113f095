/**
 * A react-hook-form resolver for a zod schema. Twelve lines here instead of another dependency
 * (@hookform/resolvers): zod's issues already carry the field path react-hook-form wants.
 */
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { ZodType } from 'zod';

export function zodResolver<T extends FieldValues>(schema: ZodType<T>): Resolver<T> {
  return async (values) => {
    const parsed = schema.safeParse(values);
    if (parsed.success) return { values: parsed.data, errors: {} };
    const errors: Record<string, { type: string; message: string }> = {};
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.');
      if (!errors[path]) errors[path] = { type: issue.code, message: issue.message };
    }
    return { values: {}, errors: toNested(errors) as FieldErrors<T> };
  };
}

/** "jobs.0.text" → { jobs: [{ text: … }] }, the shape react-hook-form reads errors in. */
function toNested(flat: Record<string, unknown>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [path, error] of Object.entries(flat)) {
    const keys = path === '' ? ['root'] : path.split('.');
    let node: Record<string, unknown> = root;
    keys.forEach((key, i) => {
      if (i === keys.length - 1) node[key] = error;
      else
        node = (node[key] ??= /^\d+$/.test(keys[i + 1] ?? '') ? [] : {}) as Record<string, unknown>;
    });
  }
  return root;
}
