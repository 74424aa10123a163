import type { Tri } from './model.js';

export function triOf(value: boolean): Tri {
  return value ? 'yes' : 'no';
}

/** Kleene conjunction: a definite `no` wins over `maybe`. */
export function triAnd(a: Tri, b: Tri): Tri {
  if (a === 'no' || b === 'no') return 'no';
  return a === 'maybe' || b === 'maybe' ? 'maybe' : 'yes';
}

export function triOr(a: Tri, b: Tri): Tri {
  if (a === 'yes' || b === 'yes') return 'yes';
  return a === 'maybe' || b === 'maybe' ? 'maybe' : 'no';
}

export function triNot(a: Tri): Tri {
  return a === 'yes' ? 'no' : a === 'no' ? 'yes' : 'maybe';
}
