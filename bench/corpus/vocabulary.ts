// Word lists the corpus is built from. Invented names only: the corpus must look like real stacks, not copy one.

export const teams = [
  'payments',
  'checkout',
  'identity',
  'search',
  'catalog',
  'platform',
  'data',
  'ml',
  'billing',
  'notifications',
  'observability',
  'growth',
  'support',
  'logistics',
  'media',
  'security',
] as const;

export const environments = ['dev', 'staging', 'prod', 'qa', 'sandbox'] as const;

export const nameHeads = [
  'api',
  'web',
  'gateway',
  'auth',
  'orders',
  'invoice',
  'ledger',
  'cart',
  'profile',
  'inventory',
  'pricing',
  'mailer',
  'sms',
  'push',
  'indexer',
  'crawler',
  'thumbnail',
  'transcoder',
  'reports',
  'export',
  'import',
  'sync',
  'scheduler',
  'events',
  'audit',
  'session',
  'tokens',
  'recommend',
  'feature-flags',
  'geo',
  'shipping',
  'returns',
  'fraud',
  'risk',
  'kyc',
  'wallet',
] as const;

export const nameTails = [
  'service',
  'worker',
  'api',
  'frontend',
  'backend',
  'consumer',
  'processor',
  'proxy',
  'server',
  'daemon',
  'job',
  'agent',
  'manager',
] as const;

export const registries = [
  'registry.example.com',
  'ghcr.io/example',
  'quay.io/example',
  '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
  'europe-docker.pkg.dev/example-prod/apps',
  'docker.io/library',
  '',
] as const;

export const publicImages = [
  ['nginx', ['1.25.4-alpine', '1.27', '1.25', 'stable-alpine', 'latest']],
  ['redis', ['7.2-alpine', '7.0.15', '6.2', 'latest']],
  ['postgres', ['16.2', '15-alpine', '14.11', 'latest']],
  ['mysql', ['8.0.36', '8.3', '5.7']],
  ['mongo', ['7.0', '6.0.14']],
  ['rabbitmq', ['3.13-management', '3.12-alpine']],
  ['memcached', ['1.6.26-alpine', '1.6']],
  ['busybox', ['1.36', 'latest', 'stable']],
  ['alpine', ['3.19', '3.20', 'latest', '3.18.6']],
  ['grafana/grafana', ['10.4.1', '11.0.0']],
  ['prom/prometheus', ['v2.51.1', 'v2.45.4']],
  ['fluent/fluent-bit', ['3.0.2', '2.2']],
  ['bitnami/kubectl', ['1.29', 'latest']],
  ['curlimages/curl', ['8.7.1', 'latest']],
  ['elasticsearch', ['8.13.0', '7.17.19']],
] as const;

export const languages = ['node', 'python', 'go', 'java', 'ruby', 'php', 'rust', 'dotnet', 'static'] as const;
export type Language = (typeof languages)[number];

export const envNames = [
  'LOG_LEVEL',
  'PORT',
  'NODE_ENV',
  'APP_ENV',
  'TZ',
  'HTTP_TIMEOUT',
  'CACHE_TTL',
  'FEATURE_NEW_CHECKOUT',
  'MAX_CONNECTIONS',
  'OTEL_EXPORTER_OTLP_ENDPOINT',
  'OTEL_SERVICE_NAME',
  'REDIS_HOST',
  'DB_HOST',
  'DB_NAME',
  'DB_PORT',
  'QUEUE_URL',
  'S3_BUCKET',
  'SENTRY_ENVIRONMENT',
  'GOMAXPROCS',
  'JAVA_OPTS',
  'WORKERS',
] as const;

export const secretEnvNames = [
  'DB_PASSWORD',
  'API_KEY',
  'JWT_SECRET',
  'STRIPE_SECRET_KEY',
  'AWS_SECRET_ACCESS_KEY',
  'SMTP_PASSWORD',
  'REDIS_PASSWORD',
  'CLIENT_SECRET',
  'ENCRYPTION_KEY',
  'SESSION_SECRET',
] as const;

export const aptPackages = [
  'curl',
  'ca-certificates',
  'git',
  'build-essential',
  'libpq-dev',
  'gcc',
  'make',
  'unzip',
  'jq',
  'tzdata',
  'gnupg',
  'openssl',
  'libssl-dev',
  'pkg-config',
  'python3',
  'python3-pip',
  'netcat-openbsd',
  'procps',
  'wget',
  'locales',
  'libxml2',
  'imagemagick',
  'ffmpeg',
  'tini',
] as const;

export const apkPackages = [
  'curl',
  'ca-certificates',
  'git',
  'bash',
  'tzdata',
  'openssl',
  'build-base',
  'postgresql-client',
  'jq',
  'tini',
  'su-exec',
  'libc6-compat',
  'python3',
  'py3-pip',
  'make',
  'g++',
] as const;

export const pipPackages = [
  'gunicorn',
  'uvicorn',
  'fastapi',
  'flask',
  'django',
  'celery',
  'requests',
  'psycopg2-binary',
  'sqlalchemy',
  'boto3',
  'pydantic',
  'numpy',
  'pandas',
  'redis',
  'prometheus-client',
] as const;

export const npmPackages = [
  'pm2',
  'typescript',
  'serve',
  'nodemon',
  'prisma',
  '@nestjs/cli',
  'yarn',
  'pnpm',
  'http-server',
  'ts-node',
] as const;

export const dangerousCapabilities = [
  'SYS_ADMIN',
  'NET_ADMIN',
  'SYS_PTRACE',
  'NET_RAW',
  'SYS_MODULE',
  'ALL',
] as const;

export const apiGroupsAndResources = [
  ['', ['pods', 'services', 'configmaps', 'secrets', 'endpoints', 'persistentvolumeclaims', 'pods/log']],
  ['apps', ['deployments', 'statefulsets', 'daemonsets', 'replicasets']],
  ['batch', ['jobs', 'cronjobs']],
  ['networking.k8s.io', ['ingresses', 'networkpolicies']],
  ['autoscaling', ['horizontalpodautoscalers']],
  ['coordination.k8s.io', ['leases']],
] as const;

export const readVerbs = ['get', 'list', 'watch'] as const;
export const writeVerbs = ['create', 'update', 'patch', 'delete'] as const;
