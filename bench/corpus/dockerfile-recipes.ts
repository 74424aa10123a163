import type { Rng } from './prng.js';
import type { Language } from './vocabulary.js';

// How each ecosystem is usually containerised: a build stage and a runtime stage, or one fat stage.

export interface Recipe {
  /** `ARG NAME=value` placed before the first FROM, used in the image references. */
  versionArg: [string, string];
  buildImage: string;
  runtimeImage: string;
  buildSteps: string[];
  runtimeSteps: string[];
  command: string[];
  port: number;
}

function nodeRecipe(rng: Rng): Recipe {
  const version = rng.pick(['18.19.1', '20.11.1', '20', '22.2.0', '21']);
  const manager = rng.pick(['npm', 'yarn', 'pnpm']);
  const install =
    manager === 'npm'
      ? 'npm ci --omit=dev'
      : manager === 'yarn'
        ? 'yarn install --frozen-lockfile'
        : 'pnpm install --frozen-lockfile';
  const lock = manager === 'npm' ? 'package-lock.json' : manager === 'yarn' ? 'yarn.lock' : 'pnpm-lock.yaml';
  return {
    versionArg: ['NODE_VERSION', version],
    buildImage: `node:\${NODE_VERSION}-${rng.pick(['bookworm-slim', 'alpine', 'bullseye'])}`,
    runtimeImage: rng.pick([
      'gcr.io/distroless/nodejs20-debian12',
      'node:${NODE_VERSION}-alpine',
      'node:${NODE_VERSION}-bookworm-slim',
    ]),
    buildSteps: [
      'WORKDIR /usr/src/app',
      `COPY package.json ${lock} ./`,
      ...(manager === 'pnpm' ? ['RUN corepack enable'] : []),
      `RUN --mount=type=cache,target=/root/.npm ${install}`,
      'COPY . .',
      `RUN ${manager} run build`,
    ],
    runtimeSteps: [
      'WORKDIR /app',
      'COPY --from=build /usr/src/app/dist ./dist',
      'COPY --from=build /usr/src/app/node_modules ./node_modules',
      'ENV NODE_ENV=production',
    ],
    command: ['node', 'dist/server.js'],
    port: rng.pick([3000, 8080]),
  };
}

function pythonRecipe(rng: Rng): Recipe {
  const version = rng.pick(['3.11', '3.12.2', '3.10', '3.12']);
  const poetry = rng.chance(0.3);
  return {
    versionArg: ['PYTHON_VERSION', version],
    buildImage: `python:\${PYTHON_VERSION}-${rng.pick(['slim', 'slim-bookworm', 'alpine'])}`,
    runtimeImage: `python:\${PYTHON_VERSION}-${rng.pick(['slim', 'slim-bookworm'])}`,
    buildSteps: poetry
      ? [
          'WORKDIR /build',
          'RUN pip install --no-cache-dir poetry==1.8.2',
          'COPY pyproject.toml poetry.lock ./',
          'RUN poetry export -f requirements.txt -o requirements.txt && \\\n    pip wheel --no-cache-dir --wheel-dir /wheels -r requirements.txt',
        ]
      : [
          'WORKDIR /build',
          'COPY requirements.txt .',
          'RUN pip wheel --no-cache-dir --wheel-dir /wheels -r requirements.txt',
        ],
    runtimeSteps: [
      'WORKDIR /app',
      'COPY --from=build /wheels /wheels',
      'RUN pip install --no-cache-dir /wheels/* && rm -rf /wheels',
      'COPY . .',
      'ENV PYTHONDONTWRITEBYTECODE=1 \\\n    PYTHONUNBUFFERED=1',
    ],
    command: rng.chance(0.5)
      ? ['gunicorn', '-b', '0.0.0.0:8000', 'app.wsgi:application']
      : ['uvicorn', 'app.main:app', '--host', '0.0.0.0', '--port', '8000'],
    port: 8000,
  };
}

function goRecipe(rng: Rng): Recipe {
  return {
    versionArg: ['GO_VERSION', rng.pick(['1.21', '1.22.1', '1.22'])],
    buildImage: `golang:\${GO_VERSION}-${rng.pick(['alpine', 'bookworm'])}`,
    runtimeImage: rng.pick(['gcr.io/distroless/static-debian12:nonroot', 'scratch', 'alpine:3.19']),
    buildSteps: [
      'WORKDIR /src',
      'COPY go.mod go.sum ./',
      'RUN go mod download',
      'COPY . .',
      'RUN CGO_ENABLED=0 GOOS=linux go build \\\n      -trimpath \\\n      -ldflags="-s -w" \\\n      -o /out/server ./cmd/server',
    ],
    runtimeSteps: [
      'COPY --from=build /out/server /server',
      'COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/',
    ],
    command: ['/server'],
    port: 8080,
  };
}

function javaRecipe(rng: Rng): Recipe {
  const gradle = rng.chance(0.4);
  return {
    versionArg: ['JAVA_VERSION', rng.pick(['17', '21'])],
    buildImage: gradle ? 'gradle:8.6-jdk${JAVA_VERSION}' : 'maven:3.9-eclipse-temurin-${JAVA_VERSION}',
    runtimeImage: rng.pick([
      'eclipse-temurin:${JAVA_VERSION}-jre',
      'eclipse-temurin:${JAVA_VERSION}-jre-alpine',
      'gcr.io/distroless/java17-debian12',
    ]),
    buildSteps: gradle
      ? ['WORKDIR /home/gradle/src', 'COPY --chown=gradle:gradle . .', 'RUN gradle bootJar --no-daemon']
      : [
          'WORKDIR /build',
          'COPY pom.xml .',
          'RUN mvn -B -q dependency:go-offline',
          'COPY src ./src',
          'RUN mvn -B -q package -DskipTests',
        ],
    runtimeSteps: [
      'WORKDIR /app',
      gradle
        ? 'COPY --from=build /home/gradle/src/build/libs/*.jar app.jar'
        : 'COPY --from=build /build/target/*.jar app.jar',
      'ENV JAVA_OPTS="-XX:MaxRAMPercentage=75"',
    ],
    command: ['java', '-jar', '/app/app.jar'],
    port: 8080,
  };
}

function rubyRecipe(rng: Rng): Recipe {
  return {
    versionArg: ['RUBY_VERSION', rng.pick(['3.2.3', '3.3'])],
    buildImage: 'ruby:${RUBY_VERSION}-slim',
    runtimeImage: 'ruby:${RUBY_VERSION}-slim',
    buildSteps: [
      'WORKDIR /app',
      'COPY Gemfile Gemfile.lock ./',
      'RUN bundle config set without "development test" && \\\n    bundle install --jobs 4',
    ],
    runtimeSteps: [
      'WORKDIR /app',
      'COPY --from=build /usr/local/bundle /usr/local/bundle',
      'COPY . .',
      'RUN bundle exec rake assets:precompile',
    ],
    command: ['bundle', 'exec', 'puma', '-C', 'config/puma.rb'],
    port: 3000,
  };
}

function phpRecipe(rng: Rng): Recipe {
  return {
    versionArg: ['PHP_VERSION', rng.pick(['8.2', '8.3'])],
    buildImage: 'composer:2.7',
    runtimeImage: 'php:${PHP_VERSION}-fpm-alpine',
    buildSteps: [
      'WORKDIR /app',
      'COPY composer.json composer.lock ./',
      'RUN composer install --no-dev --no-scripts --prefer-dist',
    ],
    runtimeSteps: [
      'WORKDIR /var/www/html',
      'COPY --from=build /app/vendor ./vendor',
      'COPY . .',
      'RUN docker-php-ext-install pdo_mysql opcache',
    ],
    command: ['php-fpm'],
    port: 9000,
  };
}

function rustRecipe(rng: Rng): Recipe {
  return {
    versionArg: ['RUST_VERSION', rng.pick(['1.76', '1.77.2'])],
    buildImage: 'rust:${RUST_VERSION}-slim-bookworm',
    runtimeImage: rng.pick(['debian:bookworm-slim', 'gcr.io/distroless/cc-debian12']),
    buildSteps: [
      'WORKDIR /usr/src/app',
      'COPY Cargo.toml Cargo.lock ./',
      'COPY src ./src',
      'RUN cargo build --release --locked',
    ],
    runtimeSteps: ['COPY --from=build /usr/src/app/target/release/app /usr/local/bin/app'],
    command: ['/usr/local/bin/app'],
    port: 8080,
  };
}

function dotnetRecipe(rng: Rng): Recipe {
  return {
    versionArg: ['DOTNET_VERSION', rng.pick(['8.0', '7.0'])],
    buildImage: 'mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION}',
    runtimeImage: 'mcr.microsoft.com/dotnet/aspnet:${DOTNET_VERSION}',
    buildSteps: [
      'WORKDIR /src',
      'COPY *.csproj ./',
      'RUN dotnet restore',
      'COPY . .',
      'RUN dotnet publish -c Release -o /out --no-restore',
    ],
    runtimeSteps: ['WORKDIR /app', 'COPY --from=build /out .'],
    command: ['dotnet', 'App.dll'],
    port: 8080,
  };
}

function staticRecipe(rng: Rng): Recipe {
  return {
    versionArg: ['NODE_VERSION', rng.pick(['20', '18'])],
    buildImage: 'node:${NODE_VERSION}-alpine',
    runtimeImage: rng.pick(['nginx:1.25-alpine', 'nginxinc/nginx-unprivileged:1.25-alpine', 'nginx:latest']),
    buildSteps: ['WORKDIR /app', 'COPY package*.json ./', 'RUN npm ci', 'COPY . .', 'RUN npm run build'],
    runtimeSteps: [
      'COPY --from=build /app/dist /usr/share/nginx/html',
      'COPY nginx.conf /etc/nginx/conf.d/default.conf',
    ],
    command: ['nginx', '-g', 'daemon off;'],
    port: 80,
  };
}

export function recipeFor(rng: Rng, language: Language): Recipe {
  switch (language) {
    case 'node':
      return nodeRecipe(rng);
    case 'python':
      return pythonRecipe(rng);
    case 'go':
      return goRecipe(rng);
    case 'java':
      return javaRecipe(rng);
    case 'ruby':
      return rubyRecipe(rng);
    case 'php':
      return phpRecipe(rng);
    case 'rust':
      return rustRecipe(rng);
    case 'dotnet':
      return dotnetRecipe(rng);
    case 'static':
      return staticRecipe(rng);
  }
}
