import { describe, expect, it } from 'vitest';
import { matchSpeaker, readHeader } from '../../../core/report/header';
import { splitLines } from '../../../core/report/lines';

const header = (text: string) => readHeader(splitLines(text));

describe('matchSpeaker', () => {
  it('reads speaker lines with any spacing and normalises it', () => {
    expect(matchSpeaker('县长 张军')).toBe('县长 张军');
    expect(matchSpeaker('市长　王某某')).toBe('市长 王某某');
    expect(matchSpeaker('国务院总理 李某')).toBe('国务院总理 李某');
    expect(matchSpeaker('代县长 张军')).toBe('代县长 张军');
    expect(matchSpeaker('县长张军')).toBe('县长 张军');
  });

  it('does not take a sentence for a speaker', () => {
    expect(matchSpeaker('加强县长负责制')).toBeNull();
    expect(matchSpeaker('各位代表：')).toBeNull();
  });
});

describe('readHeader', () => {
  it('reads the fields in any order and joins a date line broken over two lines', () => {
    const text =
      '\n政　府　工　作　报　告\n\n泽州县七届人大三次会议文件(19)\n内部资料\n——2022年4月26日在泽州县第七届\n人民代表大会第三次会议上\n县长 张军\n各位代表：\n正文。';
    const result = header(text);
    expect(result.meta).toEqual({
      title: '政府工作报告',
      documentNumber: '泽州县七届人大三次会议文件(19)',
      classification: '内部资料',
      dateLine: '——2022年4月26日在泽州县第七届人民代表大会第三次会议上',
      speaker: '县长 张军',
    });
    expect(result.bodyStart).toBe(8);
    expect(result.lines).toHaveLength(6);
  });

  it('starts the body at the first heading or at the first prose line when there is no salutation', () => {
    expect(header('2023年政府工作报告\n一、回顾\n正文。').bodyStart).toBe(1);
    const prose = header(
      '政府工作报告\n2022年，面对复杂严峻的外部环境，我们坚持稳中求进，经济保持平稳增长。',
    );
    expect(prose.bodyStart).toBe(1);
    expect(prose.meta).toEqual({ title: '政府工作报告' });
  });

  it('has an empty header when the text starts with the body', () => {
    expect(header('各位代表：\n现在，我代表县人民政府向大会报告工作。')).toEqual({
      meta: {},
      lines: [],
      bodyStart: 0,
    });
  });

  it('keeps an unknown title-page line with the header, and stops at it when no body start follows', () => {
    expect(header('政府工作报告\n（草案）\n各位代表：').lines).toEqual(['政府工作报告', '（草案）']);
    const noStart = header('政府工作报告\n短句一\n短句二');
    expect(noStart.bodyStart).toBe(1);
    expect(noStart.meta).toEqual({ title: '政府工作报告' });
  });
});
