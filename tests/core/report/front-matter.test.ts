import { describe, expect, it } from 'vitest';
import { findChrome } from '../../../core/report/chrome';
import { readFrontMatter } from '../../../core/report/front-matter';
import { matchSpeaker, splitRunTogether } from '../../../core/report/rules/meta-rules';
import { parasOf } from './report-fixtures';

const front = (text: string) => {
  const paras = parasOf(text);
  const result = readFrontMatter(paras, findChrome(paras));
  return {
    ...result,
    lines: result.lines.map((para) => para.text),
    setAside: [...result.setAside].map(
      ([i, reason]) => `${paras[i]?.text.slice(0, 12) ?? ''}：${reason.reason}`,
    ),
  };
};

describe('matchSpeaker', () => {
  it('reads speaker lines with any spacing and normalises it', () => {
    expect(matchSpeaker('县长 张军')).toBe('县长 张军');
    expect(matchSpeaker('市长　王某某')).toBe('市长 王某某');
    expect(matchSpeaker('国务院总理 李某')).toBe('国务院总理 李某');
    expect(matchSpeaker('代县长 张军')).toBe('代县长 张军');
    expect(matchSpeaker('县长张军')).toBe('县长 张军');
    expect(matchSpeaker('博野县人民政府县长 许?? 喆')).toBe('博野县人民政府县长 许?? 喆');
  });

  it('does not take a sentence for a speaker, unless a date line says one follows', () => {
    expect(matchSpeaker('加强县长负责制')).toBeNull();
    expect(matchSpeaker('各位代表：')).toBeNull();
    expect(matchSpeaker('河南省人民政府省长王凯')).toBeNull();
    expect(matchSpeaker('河南省人民政府省长王凯', true)).toBe('河南省人民政府省长 王凯');
  });
});

describe('splitRunTogether', () => {
  it('splits a title, a date line and a speaker run together on one line', () => {
    expect(
      splitRunTogether('政府工作报告——2024年3月5日在第十四届全国人民代表大会第二次会议上国务院总理 李强'),
    ).toEqual({
      title: '政府工作报告',
      dateLine: '——2024年3月5日在第十四届全国人民代表大会第二次会议上',
      speaker: '国务院总理 李强',
    });
    expect(
      splitRunTogether(
        '2025年1月18日在某省第十四届人民代表大会第三次会议上某省人民政府省长王某作政府工作报告',
      ),
    ).toEqual({
      dateLine: '2025年1月18日在某省第十四届人民代表大会第三次会议上',
      speaker: '某省人民政府省长 王某',
    });
  });

  it('leaves a date line alone and refuses prose', () => {
    expect(splitRunTogether('——2024年3月5日在第十四届全国人民代表大会第二次会议上')).toBeNull();
    expect(splitRunTogether('2024年3月5日在会议上，我们听取了报告并进行了认真讨论。')).toBeNull();
  });
});

describe('readFrontMatter', () => {
  it('reads the fields in any order and joins a date line broken over two lines', () => {
    const text =
      '\n政　府　工　作　报　告\n\n泽州县七届人大三次会议文件(19)\n内部资料\n——2022年4月26日在泽州县第七届\n人民代表大会第三次会议上\n县长 张军\n各位代表：\n正文。';
    const result = front(text);
    expect(result.meta).toEqual({
      title: '政府工作报告',
      documentNumber: '泽州县七届人大三次会议文件(19)',
      classification: '内部资料',
      dateLine: '——2022年4月26日在泽州县第七届人民代表大会第三次会议上',
      speaker: '县长 张军',
    });
    expect(result.bodyStart).toBe(6);
    expect(result.lines).toHaveLength(6);
  });

  it('starts the body at the first heading or at the first prose line when there is no salutation', () => {
    expect(front('2023年政府工作报告\n一、回顾\n正文。').bodyStart).toBe(1);
    const prose = front('政府工作报告\n2022年，面对复杂严峻的外部环境，我们坚持稳中求进，经济保持平稳增长。');
    expect(prose.bodyStart).toBe(1);
    expect(prose.meta).toEqual({ title: '政府工作报告' });
  });

  it('has an empty title page when the text starts with the body', () => {
    expect(front('各位代表：\n现在，我代表县人民政府向大会报告工作。')).toEqual({
      meta: {},
      lines: [],
      bodyStart: 0,
      setAside: [],
    });
  });

  it('keeps an unknown title-page line with the title page', () => {
    expect(front('政府工作报告\n（草案）\n各位代表：').lines).toEqual(['政府工作报告', '（草案）']);
  });

  it('reads a run-together header, a date line with its speaker inside, a bare name and a source', () => {
    expect(
      front('政府工作报告——2024年3月5日在第十四届全国人民代表大会第二次会议上国务院总理 李强\n各位代表：')
        .meta,
    ).toEqual({
      title: '政府工作报告',
      dateLine: '——2024年3月5日在第十四届全国人民代表大会第二次会议上',
      speaker: '国务院总理 李强',
    });
    expect(
      front(
        '某省政府工作报告\n——2025年1月16日省长 李某在某省人民代表大会第三次会议上的讲话\n来源：某某日报\n各位代表：',
      ).meta,
    ).toEqual({
      title: '某省政府工作报告',
      dateLine: '——2025年1月16日省长 李某在某省人民代表大会第三次会议上的讲话',
      speaker: '省长 李某',
      source: '来源：某某日报',
    });
    expect(
      front('政府工作报告\n1957年6月26日在第一届全国人民代表大会第四次会议上\n周恩来\n各位代表：').meta
        .speaker,
    ).toBe('周恩来');
    expect(front('某县政府工作报告\n来源 : 某某日报\n各位代表：').meta.source).toBe('来源 : 某某日报');
  });

  it('keeps a scraper header on the title page, filling what the title page does not say', () => {
    const result = front(
      '标题：某县2024年政府工作报告\n来源URL：http://example.gov.cn/a.html\n发文单位：某县人民政府\n正文：\n各位代表：',
    );
    expect(result.meta).toEqual({
      title: '某县2024年政府工作报告',
      issuer: '某县人民政府',
      source: '来源URL：http://example.gov.cn/a.html',
    });
    expect(result.lines).toHaveLength(4);
    expect(result.setAside).toEqual([]);
  });

  it("sets aside a website's page header, its summary of the opening and a photo caption", () => {
    const text = [
      '工作报告',
      '某县2024年政府工作报告',
      '时间：2024-04-02\t\t作者：某某网\t\t阅读：',
      '125',
      '评论：',
      '0',
      '内容摘要：',
      '政 府 工 作 报 告—2024年1月23日在某县人民代表大会上某县人民政府县长 张三各位代表：现在，我代表县人民政府向大会作工作报告，请予审议......',
      '图为大会开幕现场。（记者 李四 摄）',
      '政 府 工 作 报 告',
      '—2024年1月23日在某县人民代表大会上',
      '某县人民政府县长 张三',
      '各位代表：',
      '现在，我代表县人民政府向大会作工作报告，请予审议，并请县政协委员提出意见。',
    ].join('\n');
    const result = front(text);
    expect(result.meta).toEqual({
      title: '某县2024年政府工作报告',
      dateLine: '—2024年1月23日在某县人民代表大会上',
      speaker: '某县人民政府县长 张三',
    });
    expect(result.lines).toEqual([
      '某县2024年政府工作报告',
      '政 府 工 作 报 告',
      '—2024年1月23日在某县人民代表大会上',
      '某县人民政府县长 张三',
    ]);
    expect(result.setAside).toEqual([
      '工作报告：网页导航与相关链接',
      '时间：2024-04-0：网页信息栏（发布时间、作者、阅读数）',
      '125：网页信息栏（发布时间、作者、阅读数）',
      '评论：：网页信息栏（发布时间、作者、阅读数）',
      '0：网页信息栏（发布时间、作者、阅读数）',
      '内容摘要：：网页信息栏（发布时间、作者、阅读数）',
      '政 府 工 作 报 告—：网页摘要（重复了报告的开头）',
      '图为大会开幕现场。（记者：图片说明',
    ]);
  });
});
