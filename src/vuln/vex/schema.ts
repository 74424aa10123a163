import { z } from 'zod';

/**
 * The parts of OpenVEX (https://github.com/openvex/spec, v0.2.0 and the earlier string forms) and of CycloneDX VEX
 * (`vulnerabilities[]` of a BOM) that decide whether a package is affected.
 */

const OpenVexIdentifiers = z.looseObject({ purl: z.string().optional() });

const OpenVexComponent = z.union([
  z.string(),
  z.looseObject({
    '@id': z.string().optional(),
    identifiers: OpenVexIdentifiers.optional(),
  }),
]);

const OpenVexProduct = z.union([
  z.string(),
  z.looseObject({
    '@id': z.string().optional(),
    identifiers: OpenVexIdentifiers.optional(),
    subcomponents: z.array(OpenVexComponent).optional(),
  }),
]);
export type OpenVexProduct = z.output<typeof OpenVexProduct>;

const OpenVexVulnerability = z.union([
  z.string(),
  z.looseObject({
    '@id': z.string().optional(),
    name: z.string().optional(),
    aliases: z.array(z.string()).optional(),
  }),
]);

export const openVexStatuses = ['not_affected', 'affected', 'fixed', 'under_investigation'] as const;

export const OpenVexStatement = z.looseObject({
  vulnerability: OpenVexVulnerability,
  products: z.array(OpenVexProduct).optional(),
  /** v0.0.1 put subcomponents on the statement. */
  subcomponents: z.array(OpenVexComponent).optional(),
  status: z.enum(openVexStatuses),
  justification: z.string().optional(),
  impact_statement: z.string().optional(),
  status_notes: z.string().optional(),
});
export type OpenVexStatement = z.output<typeof OpenVexStatement>;

export const OpenVexDocument = z.looseObject({
  '@context': z.string().optional(),
  statements: z.array(OpenVexStatement),
});
export type OpenVexDocument = z.output<typeof OpenVexDocument>;

export const cycloneDxAnalysisStates = [
  'resolved',
  'resolved_with_pedigree',
  'exploitable',
  'in_triage',
  'false_positive',
  'not_affected',
] as const;

export const CycloneDxVulnerability = z.looseObject({
  id: z.string(),
  references: z.array(z.looseObject({ id: z.string() })).optional(),
  analysis: z
    .looseObject({
      state: z.enum(cycloneDxAnalysisStates).optional(),
      justification: z.string().optional(),
      detail: z.string().optional(),
    })
    .optional(),
  affects: z.array(z.looseObject({ ref: z.string() })).optional(),
});
export type CycloneDxVulnerability = z.output<typeof CycloneDxVulnerability>;

interface CycloneDxComponentShape {
  'bom-ref'?: string | undefined;
  purl?: string | undefined;
  components?: CycloneDxComponentShape[] | undefined;
}

export const CycloneDxComponent: z.ZodType<CycloneDxComponentShape> = z.looseObject({
  'bom-ref': z.string().optional(),
  purl: z.string().optional(),
  get components() {
    return z.array(CycloneDxComponent).optional();
  },
});

export const CycloneDxVexDocument = z.looseObject({
  bomFormat: z.literal('CycloneDX').optional(),
  metadata: z.looseObject({ component: CycloneDxComponent.optional() }).optional(),
  components: z.array(CycloneDxComponent).optional(),
  vulnerabilities: z.array(CycloneDxVulnerability),
});
export type CycloneDxVexDocument = z.output<typeof CycloneDxVexDocument>;
