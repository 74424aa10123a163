import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { containerViewsFromRunLines, scriptFormatOf } from '../../../src/sources/index.js';

function positions(text: string, file: string): string[] {
  const result = containerViewsFromRunLines(text, file);
  assert.deepEqual(result.errors, []);
  return result.views.map((view) => {
    const privileged = view.privileged?.location;
    return `${view.location.startLine}:${view.location.startColumn} privileged@${privileged?.startLine}:${privileged?.startColumn}`;
  });
}

describe('where run lines are read from', () => {
  it('knows formats by name', () => {
    assert.equal(scriptFormatOf('Makefile'), 'make');
    assert.equal(scriptFormatOf('build/rules.mk'), 'make');
    assert.equal(scriptFormatOf('Jenkinsfile'), 'jenkins');
    assert.equal(scriptFormatOf('.github/workflows/ci.yaml'), 'ci-yaml');
    assert.equal(scriptFormatOf('.gitlab-ci.yml'), 'ci-yaml');
    assert.equal(scriptFormatOf('.circleci/config.yml'), 'ci-yaml');
    assert.equal(scriptFormatOf('azure-pipelines.yml'), 'ci-yaml');
    assert.equal(scriptFormatOf('scripts/deploy.sh'), 'shell');
  });

  it('Makefile: recipes only; $$ is the shell $, $(VAR) is unknown', () => {
    const text = [
      'IMAGE ?= app:1',
      'RUN = docker run --privileged not-a-recipe',
      'test: build',
      '\t@docker run --privileged -v $(PWD):/src -e HOME=$$HOME $(IMAGE)',
      '\t-docker run \\',
      '\t  --privileged img',
      'lint: ; docker run --privileged linter',
    ].join('\n');
    assert.deepEqual(positions(text, 'Makefile'), [
      '4:3 privileged@4:14',
      '5:3 privileged@6:4',
      '7:9 privileged@7:20',
    ]);
    const [first] = containerViewsFromRunLines(text, 'Makefile').views;
    assert.equal(first?.mounts[0]?.value, undefined);
    assert.equal(first?.image?.value, undefined);
  });

  it('GitHub Actions: plain, literal and folded run steps', () => {
    const text = [
      'on: push',
      'jobs:',
      '  test:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: docker run --privileged alpine',
      '      - run: |',
      '          echo "docker run --privileged no"',
      '          docker run \\',
      '            --privileged alpine',
      '      - run: >',
      '          docker run',
      '          --privileged alpine',
      '      - run: docker run -e T=${{ secrets.TOKEN }} --privileged alpine',
    ].join('\n');
    assert.deepEqual(positions(text, '.github/workflows/ci.yml'), [
      '6:14 privileged@6:25',
      '9:11 privileged@10:13',
      '12:11 privileged@13:11',
      '14:14 privileged@14:51',
    ]);
  });

  it('GitLab CI: script lists, CircleCI run.command, Azure script', () => {
    const gitlab = ['job:', '  script:', '    - docker run --privileged alpine', '    - echo done'].join(
      '\n',
    );
    assert.deepEqual(positions(gitlab, '.gitlab-ci.yml'), ['3:7 privileged@3:18']);
    const circle = [
      'jobs:',
      '  build:',
      '    steps:',
      '      - run:',
      '          command: docker run --privileged alpine',
    ].join('\n');
    assert.deepEqual(positions(circle, '.circleci/config.yml'), ['5:20 privileged@5:31']);
    const azure = ['steps:', "  - script: 'docker run --privileged alpine'"].join('\n');
    assert.deepEqual(positions(azure, 'azure-pipelines.yml'), ['2:14 privileged@2:25']);
  });

  it('Jenkinsfile: sh steps only', () => {
    const text = [
      'pipeline {',
      '  stages {',
      "    stage('t') {",
      "      steps { sh 'docker run --privileged alpine' }",
      "      steps { echo 'docker run --privileged no' }",
      '      steps {',
      '        sh """',
      '          docker run --privileged alpine',
      '        """',
      '      }',
      '    }',
      '  }',
      '}',
    ].join('\n');
    assert.deepEqual(positions(text, 'Jenkinsfile'), ['4:19 privileged@4:30', '8:11 privileged@8:22']);
  });
});
