import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ruleRegistry } from '../../../../src/rules/index.js';
import { runRuleOn } from '../../../support/rule-tester.js';

// The patterns the secrets-handling rules point users to: none of them may produce a secrets finding.
const goodPatterns = `apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata: {name: db, namespace: shop}
spec:
  secretStoreRef: {name: vault, kind: ClusterSecretStore}
  target: {name: db}
  data:
    - secretKey: password
      remoteRef: {key: shop/db, property: password}
---
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata: {name: db, namespace: shop}
spec:
  encryptedData:
    password: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq0123456789abcdefghijklmnopqrstuvwxyzABCDEFGH
  template:
    metadata: {name: db}
---
apiVersion: secrets-store.csi.x-k8s.io/v1
kind: SecretProviderClass
metadata: {name: db, namespace: shop}
spec:
  provider: aws
  parameters:
    objects: |
      - objectName: "shop/db"
        objectType: "secretsmanager"
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: api, namespace: shop}
spec:
  selector: {matchLabels: {app: api}}
  template:
    metadata:
      labels: {app: api}
      annotations:
        vault.hashicorp.com/agent-inject: "true"
        vault.hashicorp.com/role: api
        vault.hashicorp.com/agent-inject-secret-db: database/creds/api
        vault.hashicorp.com/agent-inject-template-db: |
          {{- with secret "database/creds/api" -}}
          postgres://{{ .Data.username }}:{{ .Data.password }}@db:5432/app
          {{- end }}
    spec:
      containers:
        - name: api
          image: api
          args: ["--config=/vault/secrets/db"]
          env:
            - name: DB_PASSWORD
              valueFrom: {secretKeyRef: {name: db, key: password}}
          volumeMounts: [{name: db, mountPath: /mnt/secrets, readOnly: true}]
      volumes:
        - name: db
          csi:
            driver: secrets-store.csi.k8s.io
            readOnly: true
            volumeAttributes: {secretProviderClass: db}
`;

describe('secrets handling: the recommended patterns are never reported', () => {
  for (const id of ['KN020', 'KN021', 'KW037', 'KW038']) {
    it(`${id} is silent on ExternalSecret, SealedSecret, SecretProviderClass and Vault agent injection`, () => {
      const rule = ruleRegistry.find(id);
      assert.ok(rule, id);
      const { findings, errors } = runRuleOn(rule, { code: goodPatterns });
      assert.deepEqual(errors, []);
      assert.deepEqual(
        findings.map((finding) => `${finding.location.startLine}: ${finding.message}`),
        [],
      );
    });
  }
});
