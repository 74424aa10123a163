/**
 * Capabilities a container may add under Pod Security Baseline (PSA `capabilities_baseline`, unchanged since 1.0).
 * NET_RAW is left out on purpose. Names are compared exactly as written, as PSA does.
 */
export const baselineAllowedCapabilities: ReadonlySet<string> = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]);

/** From policy 1.22 the restricted `capabilities_restricted` check replaces the baseline one. */
export const capabilitiesRestrictedSince = 22;
