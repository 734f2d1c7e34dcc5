/** Messages name the real problem: a read is not a write, a size is not a permission, a string limit is not a disk. */
import { describe, expect, it } from 'vitest';
import { notices, reason } from '../../../../main/notes/journal/notices';

const fsError = (code: string) => Object.assign(new Error(code), { code });

describe('reason', () => {
  it.each([
    [fsError('EACCES'), 'read', '没有读取权限'],
    [fsError('EACCES'), 'write', '没有写入权限'],
    [fsError('EPERM'), 'read', '没有读取权限'],
    [fsError('EROFS'), 'write', '磁盘为只读'],
    [fsError('EIO'), 'read', '磁盘读取错误'],
    [fsError('ENOSPC'), 'write', '磁盘空间不足'],
    [fsError('ELOOP'), 'read', '路径是符号链接，为安全起见不跟随'],
    [new RangeError('Invalid string length'), 'read', '文件过大，超出了可以一次读入的长度'],
  ] as const)('%s while reading or writing (%s) → %s', (error, action, words) => {
    expect(reason(error, action)).toBe(words);
  });

  it('an unreadable folder is not called a permission to write', () => {
    expect(notices.unreadable(fsError('EACCES'))).toMatch(/^无法读取批注文件夹（没有读取权限）/);
    expect(notices.unreadable(new RangeError('Invalid string length'))).toMatch(/文件过大/);
  });
});
