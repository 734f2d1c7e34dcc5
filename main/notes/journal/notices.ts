/**
 * Every message the annotation store shows a delegate, in one place: what happened to their notes,
 * what was kept, and what to do. File paths are given relative to the report's annotation folder.
 */
import { errorCode } from './fs-seam';

/** `quarantine/snapshot.json.corrupt-…`: where a moved file can be found. */
export function shortPath(file: string): string {
  const parts = file.split(/[\\/]/);
  return parts.slice(-2).join('/');
}

export const notices = {
  snapshotRestored: (reason: string, movedTo: string | null, savedAt: string, replayed: number) =>
    `批注快照文件已损坏（${reason}），已从 ${when(savedAt)} 的备份恢复，并重放了之后的 ${replayed} 条修改。` +
    kept(movedTo),
  snapshotNoBackup: (reason: string, movedTo: string | null, replayed: number) =>
    `批注快照文件已损坏（${reason}），且没有可用的备份；已从修改日志恢复 ${replayed} 条修改，之前的批注可能缺失。` +
    kept(movedTo),
  snapshotLost: (replayed: number) =>
    `批注快照文件缺失，也没有可用的备份；已从修改日志恢复 ${replayed} 条修改，更早的批注可能缺失。请从导出的批注备份恢复。`,
  snapshotMissing: (savedAt: string, replayed: number) =>
    `批注快照文件缺失，已从 ${when(savedAt)} 的备份恢复，并重放了之后的 ${replayed} 条修改。`,
  invalidRecords: (count: number) =>
    `批注快照中有 ${count} 条批注无法读取，已跳过；原文件会另存到 quarantine/ 文件夹，不会被删除。`,
  badBackups: (moved: string[]) =>
    `有 ${moved.length} 个备份文件已损坏，已移至 ${moved.map(shortPath).join('、')}。`,
  journalBadLines: (count: number, movedTo: string | null) =>
    `批注修改日志中有 ${count} 行已损坏，已跳过。` +
    (movedTo ? `原日志已保留为 ${shortPath(movedTo)}。` : '原日志仍在原处，未被改动。'),
  journalGap: (count: number) => `批注修改日志不完整：有 ${count} 处修改记录缺失，相应的修改可能未能恢复。`,
  futureVersion: (what: string, version: number) =>
    `${what}来自更新版本的研读（格式版本 ${version}），本窗口以只读方式打开，不会改动这些文件。请升级研读后再编辑批注。`,
  lockBusy: (pid: number | null) =>
    `另一个研读窗口${pid === null ? '' : `（进程 ${pid}）`}正在编辑这份报告的批注，本窗口以只读方式打开，以免互相覆盖。`,
  readOnlyUntouched: '本窗口为只读，损坏的文件未被移动。',
  lockFailed: (error: unknown) =>
    `无法写入批注文件夹（${reason(error, 'write')}），本窗口以只读方式打开，修改不会保存。`,
  unreadable: (error: unknown) =>
    `无法读取批注文件夹（${reason(error, 'read')}），本窗口以只读方式打开，修改不会保存；文件均未改动。`,
  notFollowed: (name: string, movedTo: string | null) =>
    `批注文件夹中的“${name}”是符号链接或类型不对，为安全起见没有跟随，` +
    (movedTo ? `已移至 ${shortPath(movedTo)}；它指向的内容未被改动。` : '本窗口为只读，未作改动。'),
  repairFailed: (why: string) =>
    `修复后的批注文件未能写入（${why}）。批注已全部读入内存，将在下次保存时重试；原文件均未删除。`,
  closeFailed: (count: number, why: string) =>
    `关闭时仍有 ${count} 项修改未能保存（${why}）。请释放磁盘空间后重新打开研读，或导出批注。`,
};

/** A backup's time as a delegate reads it (local time). */
function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('zh-CN', { hour12: false });
}

function kept(movedTo: string | null): string {
  return movedTo ? `损坏的文件已移至 ${shortPath(movedTo)}，未被删除。` : notices.readOnlyUntouched;
}

/**
 * Why a read or a write failed, in words a delegate can act on: a file that cannot be read is not a permission to
 * write, a file too large to read is neither, and a string-length failure is not a file system error.
 */
export function reason(error: unknown, action: 'read' | 'write' = 'write'): string {
  if (error instanceof RangeError) return '文件过大，超出了可以一次读入的长度';
  const code = errorCode(error);
  if (code === 'ENOSPC' || code === 'ESHORTWRITE' || code === 'EDQUOT') return '磁盘空间不足';
  if (code === 'EIO' || code === 'EVERIFY') return action === 'read' ? '磁盘读取错误' : '磁盘读写错误';
  if (code === 'EACCES' || code === 'EPERM') return action === 'read' ? '没有读取权限' : '没有写入权限';
  if (code === 'EROFS') return '磁盘为只读';
  if (code === 'ELOOP') return '路径是符号链接，为安全起见不跟随';
  if (code === 'ENOTDIR' || code === 'EISDIR') return '路径的类型不对（文件与文件夹混淆）';
  if (code === 'EMFILE' || code === 'ENFILE') return '同时打开的文件过多';
  if (code === 'ENAMETOOLONG') return '路径过长';
  return code ? `文件系统错误 ${code}` : '未知错误';
}

/** The message for a save that failed: the edit is not lost, it waits in memory. */
export function saveFailedMessage(error: unknown): string {
  return `保存失败：${reason(error)}，批注暂存在内存中，将自动重试`;
}

export const messages = {
  readOnly: '批注为只读（见提示），此修改未保存',
  closed: '批注存储已关闭',
  notFound: (id: string) => `找不到批注“${id.length > 40 ? `${id.slice(0, 40)}…` : id}”`,
  otherReport: (index: number | null) =>
    `${index === null ? '批注' : `第${index + 1}条批注`}属于另一份报告，未保存`,
  badTime: '删除时间不是有效的日期时间',
  seqExhausted:
    '批注修改编号已用尽（批注文件夹中的文件可能被篡改），此修改未保存。请导出批注备份，再从备份恢复。',
};
