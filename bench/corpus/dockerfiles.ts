import type { Posture } from './app.js';
import type { CorpusFile } from './corpus-file.js';
import type { Recipe } from './dockerfile-recipes.js';
import { recipeFor } from './dockerfile-recipes.js';
import type { Rng } from './prng.js';
import { createRng } from './prng.js';
import {
  apkPackages,
  aptPackages,
  languages,
  nameHeads,
  nameTails,
  npmPackages,
  pipPackages,
} from './vocabulary.js';

type Family = 'apt' | 'apk' | 'none';
type BadPractice =
  | 'latest-base'
  | 'curl-pipe'
  | 'no-verify'
  | 'add-url'
  | 'secret'
  | 'root-user'
  | 'chmod-777'
  | 'sudo'
  | 'upgrade'
  | 'cd'
  | 'shell-form'
  | 'ssh-port'
  | 'maintainer'
  | 'unpinned';

const badPractices: readonly BadPractice[] = [
  'latest-base',
  'curl-pipe',
  'no-verify',
  'add-url',
  'secret',
  'root-user',
  'chmod-777',
  'sudo',
  'upgrade',
  'cd',
  'shell-form',
  'ssh-port',
  'maintainer',
  'unpinned',
];

function familyOf(image: string): Family {
  if (/distroless|^scratch$/.test(image)) return 'none';
  // The composer image is Alpine-based although its name does not say so.
  return image.includes('alpine') || image.startsWith('composer') ? 'apk' : 'apt';
}

function aptInstall(rng: Rng, bad: ReadonlySet<BadPractice>): string[] {
  const packages = rng.sample(aptPackages, rng.int(1, 6));
  if (bad.has('unpinned'))
    return [
      'RUN apt-get update',
      `RUN ${bad.has('sudo') ? 'sudo ' : ''}apt-get install -y ${packages.join(' ')}`,
    ];
  const pinned = rng.chance(0.3);
  const list = packages.map(
    (name) => `      ${pinned ? `${name}=${rng.int(1, 9)}.${rng.int(0, 40)}-${rng.int(1, 9)}` : name}`,
  );
  return [
    `RUN apt-get update \\\n && apt-get install -y --no-install-recommends \\\n${list.join(' \\\n')} \\\n && rm -rf /var/lib/apt/lists/*`,
  ];
}

function apkInstall(rng: Rng, bad: ReadonlySet<BadPractice>): string[] {
  const packages = rng.sample(apkPackages, rng.int(1, 5));
  if (bad.has('unpinned')) return [`RUN apk update && apk add ${packages.join(' ')}`];
  return [`RUN apk add --no-cache ${packages.join(' ')}`];
}

function systemPackages(rng: Rng, family: Family, bad: ReadonlySet<BadPractice>): string[] {
  if (family === 'none') return [];
  const lines = family === 'apt' ? aptInstall(rng, bad) : apkInstall(rng, bad);
  if (bad.has('upgrade') && family === 'apt') lines.unshift('RUN apt-get update && apt-get upgrade -y');
  return lines;
}

function languageExtras(rng: Rng, recipe: Recipe, bad: ReadonlySet<BadPractice>): string[] {
  if (recipe.buildImage.startsWith('python') && rng.chance(0.4)) {
    const name = rng.pick(pipPackages);
    const trusted = bad.has('no-verify')
      ? '--trusted-host pypi.org --trusted-host files.pythonhosted.org '
      : '';
    return [
      `RUN pip install --no-cache-dir ${trusted}${bad.has('unpinned') ? name : `${name}==${rng.int(1, 5)}.${rng.int(0, 30)}.${rng.int(0, 9)}`}`,
    ];
  }
  if (recipe.buildImage.startsWith('node') && rng.chance(0.4)) {
    const name = rng.pick(npmPackages);
    const lines = bad.has('no-verify') ? ['RUN npm config set strict-ssl false'] : [];
    return [
      ...lines,
      `RUN npm install -g ${bad.has('unpinned') ? name : `${name}@${rng.int(1, 9)}.${rng.int(0, 20)}.${rng.int(0, 9)}`}`,
    ];
  }
  return [];
}

function heredoc(rng: Rng, family: Family, port: number): string[] {
  if (rng.chance(0.5) && family !== 'none')
    return [
      'RUN <<EOF',
      'set -eux',
      family === 'apt' ? 'apt-get update' : 'apk update',
      family === 'apt' ? 'apt-get install -y --no-install-recommends tini' : 'apk add --no-cache tini',
      family === 'apt' ? 'rm -rf /var/lib/apt/lists/*' : 'rm -rf /var/cache/apk/*',
      'mkdir -p /app/data /app/tmp',
      'EOF',
    ];
  return [
    'COPY <<EOF /etc/app/app.ini',
    '[server]',
    `port = ${port}`,
    `workers = ${rng.int(1, 16)}`,
    '',
    '[log]',
    'format = json',
    'EOF',
  ];
}

function badLines(rng: Rng, bad: ReadonlySet<BadPractice>, family: Family): string[] {
  const lines: string[] = [];
  const shell = family !== 'none';
  if (bad.has('maintainer')) lines.push('MAINTAINER ops@example.com');
  if (bad.has('secret'))
    lines.push(
      rng.pick([
        `ENV API_TOKEN=${rng.alnum(32)}`,
        `ENV AWS_ACCESS_KEY_ID=AKIA${rng.alnum(16).toUpperCase()} \\\n    AWS_SECRET_ACCESS_KEY=${rng.alnum(40)}`,
        'ARG NPM_TOKEN',
        `ENV DATABASE_URL=postgres://admin:${rng.alnum(12)}@db:5432/app`,
      ]),
    );
  if (bad.has('add-url'))
    lines.push(`ADD https://releases.example.com/tools/tool-${rng.int(1, 9)}.${rng.int(0, 9)}.tar.gz /tmp/`);
  if (!shell) return lines;
  if (bad.has('curl-pipe'))
    lines.push(
      rng.pick([
        'RUN curl -fsSL https://get.example.com/install.sh | sh',
        'RUN wget -qO- https://install.example.io | bash -s -- --yes',
      ]),
    );
  if (bad.has('no-verify'))
    lines.push(
      rng.pick([
        'RUN curl -k -o /tmp/agent.deb https://downloads.example.com/agent.deb',
        'RUN wget --no-check-certificate https://downloads.example.com/cert-bundle.pem',
        'RUN git config --global http.sslVerify false',
      ]),
    );
  if (bad.has('cd')) lines.push('RUN cd /app && ./scripts/prepare.sh');
  if (bad.has('chmod-777')) lines.push('RUN chmod -R 777 /app');
  return lines;
}

function userLines(rng: Rng, family: Family, bad: ReadonlySet<BadPractice>): string[] {
  if (bad.has('root-user')) return rng.chance(0.5) ? ['USER root'] : [];
  if (family === 'none') return [rng.pick(['USER nonroot', 'USER 65532:65532', 'USER nonroot:nonroot'])];
  if (family === 'apk')
    return ['RUN addgroup -S app && adduser -S -G app -u 10001 app', rng.pick(['USER app', 'USER 10001'])];
  return [
    'RUN groupadd -r app && useradd -r -g app -u 10001 app',
    rng.pick(['USER app', 'USER 10001:10001']),
  ];
}

function pickBad(rng: Rng, posture: Posture): Set<BadPractice> {
  const count = posture === 'insecure' ? rng.int(2, 5) : posture === 'typical' ? rng.int(0, 2) : 0;
  return new Set(rng.sample(badPractices, count));
}

function resolveImage(
  image: string,
  recipe: Recipe,
  argFirst: boolean,
  bad: ReadonlySet<BadPractice>,
): string {
  const concrete = argFirst ? image : image.replace(`\${${recipe.versionArg[0]}}`, recipe.versionArg[1]);
  if (!bad.has('latest-base')) return concrete;
  const repository = concrete.replace(/[:@].*$/, '');
  return concrete.includes('${') ? `${repository}:latest` : repository;
}

function command(recipe: Recipe, bad: ReadonlySet<BadPractice>, rng: Rng): string[] {
  if (bad.has('shell-form')) return [`CMD ${recipe.command.join(' ')}`];
  const [first, ...rest] = recipe.command;
  if (rng.chance(0.3) && first !== undefined && rest.length > 0)
    return [`ENTRYPOINT ${JSON.stringify([first])}`, `CMD ${JSON.stringify(rest)}`];
  return [`CMD ${JSON.stringify(recipe.command)}`];
}

function dockerfileText(rng: Rng): { text: string; stages: number } {
  const posture = rng.weighted<Posture>([
    ['hardened', 30],
    ['typical', 50],
    ['insecure', 20],
  ]);
  const recipe = recipeFor(rng, rng.pick(languages));
  const bad = pickBad(rng, posture);
  const argFirst = rng.chance(0.5);
  const multiStage = rng.chance(0.75);
  const lines: string[] = [];
  if (rng.chance(0.3)) lines.push(`# syntax=docker/dockerfile:${rng.pick(['1', '1.6', '1.7'])}`);
  if (rng.chance(0.4))
    lines.push(
      `# ${rng.pick(['Build and run the service.', 'Production image.', 'Keep in sync with the CI pipeline.'])}`,
    );
  if (argFirst) lines.push(`ARG ${recipe.versionArg[0]}=${recipe.versionArg[1]}`);
  let stages = 1;
  const buildImage = resolveImage(recipe.buildImage, recipe, argFirst, bad);
  const buildFamily = familyOf(buildImage);
  if (multiStage) {
    const platform = rng.chance(0.15) ? '--platform=$BUILDPLATFORM ' : '';
    lines.push(
      '',
      `FROM ${platform}${buildImage} AS build`,
      ...systemPackages(rng, buildFamily, bad),
      ...recipe.buildSteps,
    );
    if (rng.chance(0.15)) {
      lines.push('', 'FROM build AS test', 'RUN make test || echo "tests need a database"');
      stages += 1;
    }
    stages += 1;
  }
  const runtimeImage = multiStage ? resolveImage(recipe.runtimeImage, recipe, argFirst, bad) : buildImage;
  const family = familyOf(runtimeImage);
  lines.push('', `FROM ${runtimeImage}`);
  if (rng.chance(0.4))
    lines.push(
      `LABEL org.opencontainers.image.source="https://git.example.com/${rng.pick(nameHeads)}" \\\n      org.opencontainers.image.vendor="Example"`,
    );
  lines.push(
    ...badLines(rng, bad, family),
    ...systemPackages(rng, family, bad),
    ...languageExtras(rng, recipe, bad),
  );
  const steps = multiStage
    ? recipe.runtimeSteps
    : [...recipe.buildSteps, ...recipe.runtimeSteps.filter((line) => !line.includes('--from='))];
  lines.push(...steps.filter((line) => family !== 'none' || !line.startsWith('RUN')));
  if (rng.chance(0.15)) lines.push(...heredoc(rng, family, recipe.port));
  lines.push(...userLines(rng, family, bad));
  lines.push(`EXPOSE ${recipe.port}${bad.has('ssh-port') ? ' 22' : ''}`);
  if (family !== 'none' && rng.chance(0.3))
    lines.push(
      `HEALTHCHECK --interval=30s --timeout=3s --retries=3 \\\n  CMD curl -fsS http://localhost:${recipe.port}/healthz || exit 1`,
    );
  lines.push(...command(recipe, bad, rng));
  // Stages are separated by a blank line; a file without a header must not start with one.
  while (lines[0] === '') lines.shift();
  return { text: `${lines.join('\n')}\n`, stages };
}

function fileName(rng: Rng, service: string): string {
  return rng.weighted<string>([
    ['Dockerfile', 70],
    [rng.pick(['Dockerfile.prod', 'Dockerfile.dev', 'Dockerfile-ci']), 15],
    [`${service}.Dockerfile`, 10],
    ['Containerfile', 5],
  ]);
}

export function dockerfiles(seed: string, count: number): CorpusFile[] {
  const files: CorpusFile[] = [];
  for (let index = 0; index < count; index += 1) {
    const rng = createRng(`${seed}/dockerfile/${index}`);
    const service = `${rng.pick(nameHeads)}-${rng.pick(nameTails)}`;
    const { text, stages } = dockerfileText(rng);
    const folder = `dockerfiles/${service}-${index.toString(36).padStart(3, '0')}`;
    files.push({ path: `${folder}/${fileName(rng, service)}`, text, kind: 'dockerfile', units: stages });
  }
  return files;
}
