import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DockerContainerView, Setting } from '../../../src/sources/index.js';
import { containerViewsFromRunLines } from '../../../src/sources/index.js';

function only(text: string, file = 'run.sh'): DockerContainerView {
  const result = containerViewsFromRunLines(text, file);
  assert.deepEqual(result.errors, []);
  assert.equal(result.views.length, 1, 'one docker run line');
  const [view] = result.views;
  assert.ok(view !== undefined);
  return view;
}

function at(setting: Setting<unknown> | undefined): string {
  assert.ok(setting !== undefined, 'setting present');
  return `${setting.location.startLine}:${setting.location.startColumn} ${setting.location.path ?? ''}`;
}

describe('docker run lines: what is a command', () => {
  it('finds run, create, container run/create and podman run, past sudo, env and assignments', () => {
    const text = [
      'docker run a',
      'docker create b',
      'docker container run c',
      'docker -H unix:///var/run/docker.sock container create d',
      'podman run e',
      'sudo -u root env FOO=1 /usr/bin/docker run f',
      'X=1 docker run g',
      'if docker run h; then :; fi',
      'docker ps && docker run i | tee out',
    ].join('\n');
    const views = containerViewsFromRunLines(text, 'run.sh').views;
    assert.deepEqual(
      views.map((view) => view.name),
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'],
    );
  });

  it('leaves echo text, comments, heredoc bodies and other subcommands alone', () => {
    const text = [
      'echo "docker run --privileged a"',
      "printf '%s' 'docker run b'",
      '# docker run c',
      'cat <<-EOF',
      '\tdocker run d',
      '\tEOF',
      "cat <<'DOC' > x",
      'docker run e',
      'DOC',
      'docker build -t run .',
      'docker exec web run',
      'docker images run',
    ].join('\n');
    assert.deepEqual(containerViewsFromRunLines(text, 'run.sh').views, []);
  });

  it('finds a run inside a command substitution', () => {
    const view = only('id=$(docker run -d --privileged alpine)\n');
    assert.equal(at(view.privileged), '1:20 --privileged');
  });

  it('skips scripts that never mention an engine without parsing them', () => {
    const result = containerViewsFromRunLines("echo 'unterminated\n", 'run.sh');
    assert.deepEqual(result, { views: [], errors: [], notes: [] });
  });
});

describe('docker run lines: options', () => {
  it('reads = and space forms, combined short options and attached values', () => {
    const view = only('docker run -itdp 80:80 -p8443:443 --memory=512m -m 1g --name=web -v/a:/b alpine sh\n');
    assert.deepEqual(
      view.ports.map((port) => port.value?.hostPort),
      [80, 8443],
    );
    assert.equal(view.memory?.value, 1024 ** 3, 'the last one wins');
    assert.equal(view.name, 'web');
    assert.equal(view.mounts[0]?.value?.source, '/a');
    assert.equal(view.image?.value, 'alpine');
  });

  it('reads --flag=false and quoted values', () => {
    const view = only(
      `docker run --privileged=false --read-only=true -v "/srv/my data:/data:ro" 'alpine:3.20'\n`,
    );
    assert.equal(view.privileged?.value, false);
    assert.equal(view.readOnlyRootfs?.value, true);
    assert.deepEqual(view.mounts[0]?.value, {
      type: 'bind',
      source: '/srv/my data',
      target: '/data',
      readOnly: true,
    });
    assert.equal(view.image?.value, 'alpine:3.20');
  });

  it('points each setting at its option, across continuation lines', () => {
    const view = only(['docker run \\', '  --pid=host \\', '    -v /etc:/etc \\', '  alpine'].join('\n'));
    assert.equal(at(view.pidMode), '2:3 --pid');
    assert.equal(at(view.mounts[0]), '3:5 --volume');
    assert.deepEqual(view.mounts[0]?.path, ['--volume', 0]);
    assert.equal(view.location.startLine, 1);
  });

  it('keeps variables unknown and never guesses them', () => {
    const view = only('docker run --network "$NET" -v ${SRC}:/src --privileged=$P --name "$NAME" img\n');
    assert.equal(view.networkMode?.value, undefined);
    assert.equal(view.networkMode?.raw, '--network "$NET"');
    assert.equal(view.mounts[0]?.value, undefined);
    assert.equal(view.privileged?.value, undefined);
    assert.equal(view.opaque, false);
    assert.equal(view.name, 'img');
  });

  it('a variable where options stand makes the line opaque', () => {
    const view = only('docker run $OPTS --pid host img\n');
    assert.equal(view.opaque, true);
    assert.equal(view.pidMode?.value, 'host');
  });

  it('ignores unknown options with a note, and stops at the image', () => {
    const result = containerViewsFromRunLines(
      'docker run --frobnicate --pid host img --privileged\n',
      'run.sh',
    );
    assert.deepEqual(result.notes, [{ line: 1, column: 12, message: 'unknown option --frobnicate ignored' }]);
    const [view] = result.views;
    assert.equal(view?.pidMode?.value, 'host');
    assert.equal(view?.privileged, undefined, 'options after the image belong to the container command');
  });

  it('reports an unterminated quote with its line and column', () => {
    const result = containerViewsFromRunLines('docker run ok\ndocker run -e "X=1 img\n', 'run.sh');
    assert.deepEqual(result.errors, [
      { line: 2, column: 15, message: 'unterminated " quote: the rest of the text was not read' },
    ]);
    assert.deepEqual(
      result.views.map((view) => view.name),
      ['ok'],
    );
  });

  it('reads a 10,000-line script', () => {
    const lines: string[] = [];
    for (let index = 0; index < 10_000; index += 1)
      lines.push(
        index % 100 === 0 ? `docker run --name c${index} --privileged img` : `echo line ${index} "$HOME"`,
      );
    const result = containerViewsFromRunLines(lines.join('\n'), 'big.sh');
    assert.equal(result.views.length, 100);
    assert.equal(result.views[99]?.privileged?.location.startLine, 9901);
  });
});
