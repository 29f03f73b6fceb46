import type { SchemaModel } from '@retort/schema';
import { canonicalDefault } from '@retort/schema';
import { expressionSlots, type ExpressionCanonicalizer, type ExpressionSite } from './expression-sites';

/**
 * Rewrites the model's expressions in place into PostgreSQL's printed form: through
 * `canonicalize` (a server-side canonicaliser) when given, else with the pure best-effort
 * rules of @retort/schema (literal defaults; other expressions are only trimmed).
 */
export async function canonicalizeExpressions(model: SchemaModel, canonicalize?: ExpressionCanonicalizer): Promise<void> {
  const slots = expressionSlots(model);
  if (slots.length === 0) return;
  if (canonicalize) {
    const out = await canonicalize(slots.map((s) => s.site), model);
    slots.forEach((slot, i) => slot.set(out[i] ?? slot.site.expression));
    return;
  }
  for (const slot of slots) slot.set(pureCanonical(slot.site));
}

function pureCanonical(site: ExpressionSite): string | null {
  if (site.kind === 'default' && site.type !== null) return canonicalDefault(site.expression, site.type);
  return site.expression.trim();
}
