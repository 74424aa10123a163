import { positionalArgs } from './command-args.js';
import type { ShellCommand } from './shell-commands.js';

/** Options of the package managers that take a value written apart, so the value is not read as a package. */
export const aptValueOptions = [
  '-o',
  '-c',
  '-t',
  '-a',
  '--option',
  '--config-file',
  '--target-release',
  '--default-release',
  '--host-architecture',
];
export const apkValueOptions = [
  '-X',
  '-p',
  '-t',
  '--repository',
  '--root',
  '--arch',
  '--virtual',
  '--repositories-file',
  '--keys-dir',
  '--cache-dir',
];
const rpmFamilyValueOptions = [
  '-c',
  '-d',
  '-e',
  '-R',
  '-x',
  '--config',
  '--setopt',
  '--exclude',
  '--installroot',
  '--releasever',
  '--enablerepo',
  '--disablerepo',
  '--repo',
  '--repoid',
];
const zypperValueOptions = ['-c', '-R', '-r', '--config', '--root', '--repo', '--from'];

export type PackageFamily = 'apt' | 'apk' | 'rpm' | 'zypper';

/** What a package-manager command does to the image: refresh the index, install named packages, or upgrade all. */
export interface PackageAction {
  family: PackageFamily;
  kind: 'refresh' | 'install' | 'upgrade-all' | 'other';
  subcommand: string;
  packages: string[];
}

const aptNames = new Set(['apt-get', 'apt', 'aptitude']);
const rpmNames = new Set(['yum', 'dnf', 'microdnf', 'tdnf', 'dnf5']);

function action(
  family: PackageFamily,
  kind: PackageAction['kind'],
  positional: readonly string[],
): PackageAction {
  return { family, kind, subcommand: positional[0] ?? '', packages: positional.slice(1) };
}

function aptAction(positional: readonly string[]): PackageAction {
  const subcommand = positional[0] ?? '';
  if (subcommand === 'update') return action('apt', 'refresh', positional);
  if (['upgrade', 'dist-upgrade', 'full-upgrade'].includes(subcommand))
    return action(
      'apt',
      positional.length > 1 && subcommand === 'upgrade' ? 'install' : 'upgrade-all',
      positional,
    );
  if (['install', 'reinstall', 'build-dep', 'source'].includes(subcommand))
    return action('apt', 'install', positional);
  return action('apt', 'other', positional);
}

function apkAction(positional: readonly string[]): PackageAction {
  const subcommand = positional[0] ?? '';
  if (subcommand === 'update') return action('apk', 'refresh', positional);
  if (subcommand === 'upgrade')
    return action('apk', positional.length > 1 ? 'install' : 'upgrade-all', positional);
  if (subcommand === 'add') return action('apk', 'install', positional);
  return action('apk', 'other', positional);
}

function rpmAction(positional: readonly string[]): PackageAction {
  const subcommand = positional[0] ?? '';
  if (subcommand === 'makecache') return action('rpm', 'refresh', positional);
  if (['update', 'upgrade', 'distro-sync', 'dsync', 'upgrade-minimal', 'update-minimal'].includes(subcommand))
    return action('rpm', positional.length > 1 ? 'install' : 'upgrade-all', positional);
  if (['install', 'reinstall', 'groupinstall', 'localinstall'].includes(subcommand))
    return action('rpm', 'install', positional);
  if (subcommand === 'group' && positional[1] === 'install')
    return { family: 'rpm', kind: 'install', subcommand: 'group install', packages: positional.slice(2) };
  return action('rpm', 'other', positional);
}

function zypperAction(positional: readonly string[]): PackageAction {
  const subcommand = positional[0] ?? '';
  if (subcommand === 'refresh' || subcommand === 'ref') return action('zypper', 'refresh', positional);
  if (['dist-upgrade', 'dup'].includes(subcommand)) return action('zypper', 'upgrade-all', positional);
  if (['update', 'up'].includes(subcommand))
    return action('zypper', positional.length > 1 ? 'install' : 'upgrade-all', positional);
  if (['install', 'in'].includes(subcommand)) return action('zypper', 'install', positional);
  return action('zypper', 'other', positional);
}

export function packageAction(command: Pick<ShellCommand, 'name' | 'args'>): PackageAction | undefined {
  if (aptNames.has(command.name)) return aptAction(positionalArgs(command.args, aptValueOptions));
  if (command.name === 'apk') return apkAction(positionalArgs(command.args, apkValueOptions));
  if (rpmNames.has(command.name)) return rpmAction(positionalArgs(command.args, rpmFamilyValueOptions));
  if (command.name === 'zypper') return zypperAction(positionalArgs(command.args, zypperValueOptions));
  return undefined;
}

/** `apt-get install` (the apt-get front end only, as hadolint's apt rules read it): the packages named. */
export function aptGetInstallPackages(command: Pick<ShellCommand, 'name' | 'args'>): string[] | undefined {
  if (command.name !== 'apt-get') return undefined;
  const positional = positionalArgs(command.args, aptValueOptions);
  return positional[0] === 'install' ? positional.slice(1) : undefined;
}

export function isAptGetInstall(command: Pick<ShellCommand, 'name' | 'args'>): boolean {
  return aptGetInstallPackages(command) !== undefined;
}

/** `apk add`: the packages named. */
export function apkAddPackages(command: Pick<ShellCommand, 'name' | 'args'>): string[] | undefined {
  if (command.name !== 'apk') return undefined;
  const positional = positionalArgs(command.args, apkValueOptions);
  return positional[0] === 'add' ? positional.slice(1) : undefined;
}

/** The arguments pip receives for `pip install …`, `pip3.12 install …` or `python3 -m pip install …`. */
export function pipInstallArgs(command: Pick<ShellCommand, 'name' | 'args'>): readonly string[] | undefined {
  let args: readonly string[] | undefined;
  if (/^pip(?:\d+(?:\.\d+)?)?$/.test(command.name)) args = command.args;
  else if (/^python(?:\d+(?:\.\d+)?)?$/.test(command.name)) {
    const module = command.args.indexOf('-m');
    if (module >= 0 && command.args[module + 1] === 'pip') args = command.args.slice(module + 2);
  }
  if (args === undefined) return undefined;
  const install = args.findIndex((arg) => !arg.startsWith('-'));
  return args[install] === 'install' ? args.slice(install + 1) : undefined;
}

/** `npm install|i|add …`: the arguments after the subcommand. */
export function npmInstallArgs(command: Pick<ShellCommand, 'name' | 'args'>): readonly string[] | undefined {
  if (command.name !== 'npm') return undefined;
  const install = command.args.findIndex((arg) => !arg.startsWith('-'));
  return ['install', 'i', 'add'].includes(command.args[install] ?? '')
    ? command.args.slice(install + 1)
    : undefined;
}
