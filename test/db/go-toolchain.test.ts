import { isOlder, parseGoVersion, requiredGoVersion, toolchainModule } from '../../src/db/go-toolchain';

test("the go.mod's `go` line against the local Go: Debian 12's 1.19 is older than 1.24, 1.24.0 and later are not", () => {
  const required = requiredGoVersion('module example\n\ngo 1.24\n\nrequire x v1.0.0\n');
  expect(required).toEqual([1, 24, 0]);
  expect(isOlder(parseGoVersion('go1.19.8')!, required)).toBe(true);
  expect(isOlder(parseGoVersion('go1.23.12')!, required)).toBe(true);
  expect(isOlder(parseGoVersion('go1.24')!, required)).toBe(false);
  expect(isOlder(parseGoVersion('go1.26.8')!, required)).toBe(false);
  expect(parseGoVersion('devel go1.27-abcdef')).toBeUndefined();
  expect(() => requiredGoVersion('module example\n')).toThrow('no `go` line');
});

test("the toolchain module is the one Go's own switch downloads", () => {
  expect(toolchainModule('1.24.13', 'linux', 'amd64')).toBe('golang.org/toolchain@v0.0.1-go1.24.13.linux-amd64');
});
