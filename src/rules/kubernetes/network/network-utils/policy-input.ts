import type { z } from 'zod';
import type { FieldPath } from '../../../../core/index.js';
import type { Cidr } from './cidr.js';
import { cidrContains, parseCidr } from './cidr.js';
import type { PolicyIssue } from './model.js';

/** Zod issues of a spec as policy errors, at their paths from the object root. */
export function schemaIssues(error: z.ZodError, base: FieldPath): PolicyIssue[] {
  return error.issues.slice(0, 5).map((issue) => {
    const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
    return { path: [...base, ...path], message: issue.message };
  });
}

/** A CIDR and its exceptions, each checked as the API server does; undefined when the block is unusable. */
export function readIpBlock(
  cidrText: string,
  exceptTexts: readonly string[],
  cidrPath: FieldPath,
  exceptPath: FieldPath,
  issues: PolicyIssue[],
): { cidr: Cidr; except: Cidr[] } | undefined {
  const parsed = parseCidr(cidrText);
  if ('error' in parsed) {
    issues.push({ path: cidrPath, message: `malformed CIDR: ${parsed.error}` });
    return undefined;
  }
  const except: Cidr[] = [];
  for (const [index, text] of exceptTexts.entries()) {
    const at = [...exceptPath, index];
    const inner = parseCidr(text);
    if ('error' in inner) {
      issues.push({ path: at, message: `malformed CIDR in except: ${inner.error}` });
      continue;
    }
    if (!cidrContains(parsed.cidr, inner.cidr) || inner.cidr.prefix === parsed.cidr.prefix) {
      issues.push({
        path: at,
        message: `except "${text}" must lie strictly inside the block's CIDR "${cidrText}"`,
      });
      continue;
    }
    except.push(inner.cidr);
  }
  return { cidr: parsed.cidr, except };
}

const portNamePattern = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

/** A container port name as the API server accepts it (IANA service name): why not, or undefined when fine. */
export function portNameProblem(name: string): string | undefined {
  if (name.length > 15) return `port name "${name}" is longer than 15 characters`;
  if (!portNamePattern.test(name) || name.includes('--'))
    return `port name "${name}" must be lowercase letters, digits and single hyphens`;
  if (!/[a-z]/.test(name)) return `port "${name}" is a string of digits: write the number without quotes`;
  return undefined;
}

export function portNumberProblem(port: number): string | undefined {
  return Number.isInteger(port) && port >= 1 && port <= 65535 ? undefined : `port ${port} is not 1-65535`;
}
